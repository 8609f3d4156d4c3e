using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Enterprises;

/// <summary>The operator records each approved enterprise's latest 사회적가치지표 (SVI) grade and the
/// year it was measured for; buyers see it on the enterprise page and in quote comparisons.</summary>
public static class SviGrades
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Name, EnterpriseType Type, Region Region, SviGrade? Grade, int? Year);

    public sealed record Query(string? Name) : IRequest<IReadOnlyList<Row>>;

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, IReadOnlyList<Row>>
    {
        public async Task<IReadOnlyList<Row>> Handle(Query query, CancellationToken ct)
        {
            var enterprises = db.Enterprises.AsNoTracking().Where(e => e.Status == ApprovalStatus.Approved);
            if (query.Name?.Trim() is { Length: > 0 } name) enterprises = enterprises.Where(e => e.Name.Contains(name));
            return await enterprises.OrderBy(e => e.Name).Take(PageSize)
                .Select(e => new Row(e.Id, e.Name, e.Type, e.Region, e.SviGrade, e.SviYear)).ToListAsync(ct);
        }
    }

    /// <param name="Grade">null clears the grade (recorded by mistake).</param>
    public sealed record Record(int EnterpriseId, SviGrade? Grade, int? Year) : IRequest<bool>, ITransactional;

    public sealed class RecordValidator : AbstractValidator<Record>
    {
        public RecordValidator(IStringLocalizer<Texts> texts, TimeProvider clock)
        {
            RuleFor(c => c.Grade).IsInEnum().WithMessage(_ => texts["Error.SviYearOutOfRange"]);
            RuleFor(c => c.Year).NotNull().When(c => c.Grade is not null).WithMessage(_ => texts["Error.SviYearOutOfRange"])
                .Must(y => y is null || (y >= 2018 && y <= KoreaTime.Today(clock).Year)).WithMessage(_ => texts["Error.SviYearOutOfRange"]);
        }
    }

    public sealed class RecordHandler(MarketplaceDbContext db, TimeProvider clock) : IRequestHandler<Record, bool>
    {
        public async Task<bool> Handle(Record command, CancellationToken ct)
        {
            var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == command.EnterpriseId && e.Status == ApprovalStatus.Approved, ct);
            if (enterprise is null) return false;
            enterprise.RecordSvi(command.Grade, command.Year, KoreaTime.Today(clock).Year);
            await db.SaveChangesAsync(ct);
            return true;
        }
    }
}
