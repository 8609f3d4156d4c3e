using AutoMapper.QueryableExtensions;
using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Institutions;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Institutions;


/// <summary><c>/admin/institutions</c>: public bodies waiting to be verified; decisions go to the audit log.
/// Each use case has its file beside this one: Queue, Decide.</summary>
public static partial class InstitutionReview
{
}
