using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Procurement;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Procurement.Reports;

public static partial class PurchaseResults
{
    public sealed record SetTotal(int InstitutionId, int Year, long TotalPurchasesWon) : IRequest<Unit>, ITransactional;

    public sealed class SetTotalValidator : AbstractValidator<SetTotal>
    {
        public SetTotalValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.TotalPurchasesWon).InclusiveBetween(0, 1_000_000_000_000_000).WithMessage(_ => texts["Error.InvalidAmount"]);
            RuleFor(c => c.Year).InclusiveBetween(2012, 2100).WithMessage(_ => texts["Procurement.YearOutOfRange"]);
        }
    }

    public sealed class SetTotalHandler(MarketplaceDbContext db) : IRequestHandler<SetTotal, Unit>
    {
        public async Task<Unit> Handle(SetTotal command, CancellationToken ct)
        {
            var existing = await db.InstitutionYearTotals.FirstOrDefaultAsync(t => t.InstitutionId == command.InstitutionId && t.Year == command.Year, ct);
            if (existing is null) db.InstitutionYearTotals.Add(new InstitutionYearTotal(command.InstitutionId, command.Year, command.TotalPurchasesWon));
            else existing.Set(command.TotalPurchasesWon);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
