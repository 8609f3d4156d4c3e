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

namespace Marketplace.Web.Features.Seller.SocialValue;

/// <summary>The enterprise enters or corrects one year's figures. A correction after the operator
/// verified them takes the verification away; purchases already made keep the share they were given.</summary>
public static class SaveYear
{
    public sealed record Command(int EnterpriseId, YearFigures.Form Form) : IRequest<Unit>, ITransactional, IChangesCatalog;

    public sealed class Validator : AbstractValidator<Command>
    {
        private const long MaxWon = 100_000_000_000_000;

        public Validator(IStringLocalizer<Texts> texts, TimeProvider clock)
        {
            RuleFor(c => c.Form.Year).InclusiveBetween(SocialValueYear.FirstYear, KoreaTime.Today(clock).Year)
                .WithMessage(_ => texts["Error.SocialValueYearOutOfRange", SocialValueYear.FirstYear, KoreaTime.Today(clock).Year]);
            RuleFor(c => c.Form.Source).IsInEnum().WithMessage(_ => texts["Error.SocialValueFigureInvalid"]);
            foreach (var (name, value) in new (string, System.Linq.Expressions.Expression<Func<Command, long>>)[]
            {
                ("SocialValue.SalesWon", c => c.Form.SalesWon), ("SocialValue.ProductsWon", c => c.Form.ProductsWon),
                ("SocialValue.EmploymentWon", c => c.Form.EmploymentWon), ("SocialValue.FairTradePurchasesWon", c => c.Form.FairTradePurchasesWon),
                ("SocialValue.FairTradeWon", c => c.Form.FairTradeWon), ("SocialValue.CarbonKgField", c => c.Form.CarbonKg),
                ("SocialValue.EnvironmentWon", c => c.Form.EnvironmentWon),
                ("SocialValue.Beneficiaries", c => c.Form.Beneficiaries), ("SocialValue.Employees", c => c.Form.Employees),
                ("SocialValue.VulnerableEmployees", c => c.Form.VulnerableEmployees),
            })
                RuleFor(value).InclusiveBetween(0, MaxWon).OverridePropertyName(name)
                    .WithMessage(_ => texts["SocialValue.FigureOutOfRange", texts[name]]);
            RuleFor(c => c.Form.VulnerableEmployees).LessThanOrEqualTo(c => c.Form.Employees).WithMessage(_ => texts["Error.VulnerableJobsExceedTotal"]);
            // Without sales no purchase can be given a share: a year of values needs the year's sales.
            RuleFor(c => c.Form.SalesWon).GreaterThan(0).When(c => c.Form.Figures.ProductsWon + c.Form.EmploymentWon + c.Form.FairTradeWon + c.Form.EnvironmentWon > 0)
                .WithMessage(_ => texts["SocialValue.SalesRequired"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Command, Unit>
    {
        public async Task<Unit> Handle(Command command, CancellationToken ct)
        {
            var year = await db.SocialValueYears.FirstOrDefaultAsync(y => y.EnterpriseId == command.EnterpriseId && y.Year == command.Form.Year, ct);
            if (year is null)
            {
                year = new SocialValueYear(command.EnterpriseId, command.Form.Year, KoreaTime.Today(clock).Year);
                db.SocialValueYears.Add(year);
            }
            year.Record(command.Form.Figures);
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }
    }
}
