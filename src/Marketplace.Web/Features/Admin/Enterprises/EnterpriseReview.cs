using AutoMapper.QueryableExtensions;
using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Caching;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Enterprises;


/// <summary><c>/admin/enterprises</c>: applications waiting for the operator, approved or rejected
/// with a reason; each decision is written to the audit log in the same transaction.
/// Each use case has its file beside this one: Queue, Decide.</summary>
public static partial class EnterpriseReview
{
}
