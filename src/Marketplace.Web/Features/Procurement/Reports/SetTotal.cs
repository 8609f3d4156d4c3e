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

    /// <summary>The share of total purchases the institution aims to buy from the social economy this year, in percent; null clears it.</summary>
    public sealed record SetTarget(int InstitutionId, int Year, decimal? Percent) : IRequest<Unit>, ITransactional;

    public sealed class SetTargetValidator : AbstractValidator<SetTarget>
    {
        public SetTargetValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Percent).InclusiveBetween(0, 100).WithMessage(_ => texts["Reports.TargetOutOfRange"]);
            RuleFor(c => c.Year).InclusiveBetween(2012, 2100).WithMessage(_ => texts["Procurement.YearOutOfRange"]);
        }
    }

    public sealed class SetTargetHandler(MarketplaceDbContext db) : IRequestHandler<SetTarget, Unit>
    {
        public async Task<Unit> Handle(SetTarget command, CancellationToken ct)
        {
            var row = await db.InstitutionYearTotals.FirstOrDefaultAsync(t => t.InstitutionId == command.InstitutionId && t.Year == command.Year, ct);
            if (row is null) db.InstitutionYearTotals.Add(row = new InstitutionYearTotal(command.InstitutionId, command.Year));
            row.SetTarget(command.Percent);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
