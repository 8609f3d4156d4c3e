using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Web.Features.Procurement.Invoices;
using Marketplace.Web.Features.Procurement.Reports;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Procurement;

/// <summary><c>/admin/invoices</c>: what each institution bought in a Korean year (this one by default),
/// and every procurement invoice, overdue ones flagged.</summary>
public static class Overview
{
    public sealed record Query(bool OverdueOnly, int? Year) : IRequest<Model>;

    public sealed record Model(int Year, IReadOnlyList<PurchaseResults.InstitutionRow> Institutions, IReadOnlyList<InvoicePayments.Row> Invoices, bool OverdueOnly);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator(IStringLocalizer<Texts> texts) =>
            RuleFor(q => q.Year).InclusiveBetween(2012, 2100).WithMessage(_ => texts["Procurement.YearOutOfRange"]);
    }

    public sealed class Handler(IMediator mediator, TimeProvider clock) : IRequestHandler<Query, Model>
    {
        public async Task<Model> Handle(Query query, CancellationToken ct)
        {
            var year = query.Year ?? KoreaTime.Today(clock).Year;
            return new Model(year, await mediator.Send(new PurchaseResults.ByInstitutionQuery(year), ct),
                await mediator.Send(new InvoicePayments.ListQuery(query.OverdueOnly), ct), query.OverdueOnly);
        }
    }
}
