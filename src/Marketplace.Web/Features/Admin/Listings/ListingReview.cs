using FluentValidation;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Listings;


/// <summary><c>/admin/listings</c>: new listings and changes to published ones, waiting for the operator.
/// Each use case has its file beside this one: Queue, Decide.</summary>
public static partial class ListingReview
{
}
