using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Admin.Shipping;

/// <summary><c>/admin/shipping-areas</c>: the 우편번호 ranges of 제주 and 도서산간 that bring the enterprises' extra fees.
/// The couriers revise their lists; the operator keeps this one in step. Orders already placed keep the fee they were charged.</summary>
public static class RemoteAreaList
{
    public sealed record Query : IRequest<IReadOnlyList<RemoteArea>>;

    public sealed record Add(RemoteAreaKind Kind, string? From, string? To, string? Name) : IRequest<Unit>, ITransactional;

    public sealed record Remove(int Id) : IRequest<bool>, ITransactional;

    public sealed class AddValidator : AbstractValidator<Add>
    {
        public AddValidator(IStringLocalizer<Texts> texts)
        {
            RuleFor(a => a.Kind).IsInEnum().WithMessage(_ => texts["Error.InvalidPostcodeRange"]);
            RuleFor(a => a.From).NotEmpty().Matches("^[0-9]{5}$").WithMessage(_ => texts["Error.InvalidPostcodeRange"]);
            RuleFor(a => a.To).NotEmpty().Matches("^[0-9]{5}$").WithMessage(_ => texts["Error.InvalidPostcodeRange"]);
            RuleFor(a => a.Name).NotEmpty().MaximumLength(60).WithMessage(_ => texts["Error.InvalidPostcodeRange"]);
        }
    }

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, IReadOnlyList<RemoteArea>>, IRequestHandler<Add, Unit>, IRequestHandler<Remove, bool>
    {
        public async Task<IReadOnlyList<RemoteArea>> Handle(Query query, CancellationToken ct) =>
            await db.RemoteAreas.AsNoTracking().OrderBy(a => a.FromPostcode).ToListAsync(ct);

        public async Task<Unit> Handle(Add command, CancellationToken ct)
        {
            db.RemoteAreas.Add(new RemoteArea(command.Kind, command.From!.Trim(), command.To!.Trim(), command.Name!));
            await db.SaveChangesAsync(ct);
            return Unit.Value;
        }

        public async Task<bool> Handle(Remove command, CancellationToken ct) =>
            await db.RemoteAreas.Where(a => a.Id == command.Id).ExecuteDeleteAsync(ct) > 0;
    }
}
