using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Invoices;

/// <summary>The enterprise records the 승인번호 of the e-tax invoice it issued through 홈택스 for an
/// invoice; the shop does not issue NTS invoices itself. It may correct a mistyped number.</summary>
public static class RecordTaxApproval
{
    public sealed record Command(int EnterpriseId, int InvoiceId, string ApprovalNumber) : IRequest<int?>, ITransactional;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts) =>
            RuleFor(c => c.ApprovalNumber).NotEmpty().WithMessage(_ => texts["Error.TaxApprovalNumberInvalid"]).MaximumLength(40)
                .WithMessage(_ => texts["Error.TaxApprovalNumberInvalid"]);
    }

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Command, int?>
    {
        /// <returns>The purchase order's id; null when the invoice is not the enterprise's.</returns>
        public async Task<int?> Handle(Command command, CancellationToken ct)
        {
            var invoice = await db.Invoices.FirstOrDefaultAsync(i => i.Id == command.InvoiceId && i.EnterpriseId == command.EnterpriseId, ct);
            if (invoice is null) return null;
            invoice.RecordTaxApproval(command.ApprovalNumber);
            await db.SaveChangesAsync(ct);
            return invoice.PurchaseOrderId;
        }
    }
}
