using FluentValidation;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Email;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Shop.Returns;

/// <summary>The shopper asks to return or exchange some items of a delivered order, with a reason and the quantities; the
/// enterprise is mailed. The order's rules decide (period, quantities, one request at a time): <see cref="Order.RequestReturn"/>.</summary>
public static class RequestReturn
{
    public sealed class Form
    {
        public ReturnKind Kind { get; set; }
        public ReturnReason? Reason { get; set; }
        public string? Details { get; set; }
        /// <summary>How many of each order line go back, by the line's id.</summary>
        public Dictionary<int, int> Quantities { get; set; } = [];
    }

    public sealed record Command(string MemberId, int OrderId, Form Form) : IRequest<int?>, ITransactional;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Form.Reason).NotNull().IsInEnum().WithMessage(_ => texts["Error.ReturnReasonRequired"]);
            RuleFor(c => c.Form.Kind).IsInEnum().WithMessage(_ => texts["Error.ReturnReasonRequired"]);
            RuleFor(c => c.Form.Details).MaximumLength(ReturnRequest.MaxTextLength).WithMessage(_ => texts["Error.ReturnReasonRequired"]);
            RuleFor(c => c.Form.Quantities).Must(q => q.Values.Any(n => n > 0) && q.Values.All(n => n >= 0))
                .WithMessage(_ => texts["Error.ReturnQuantityInvalid"]);
        }
    }

    /// <returns>The request's id; null when the order is not the member's.</returns>
    public sealed class Handler(MarketplaceDbContext db, MemberMail mail, TimeProvider clock) : IRequestHandler<Command, int?>
    {
        public async Task<int?> Handle(Command command, CancellationToken ct)
        {
            var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == command.OrderId && o.MemberId == command.MemberId, ct);
            if (order is null) return null;
            var f = command.Form;
            var request = order.RequestReturn(f.Kind, f.Reason!.Value, f.Details ?? "", f.Quantities, clock.GetUtcNow().UtcDateTime);
            db.ReturnRequests.Add(request);
            await mail.ToEnterpriseAsync(order.EnterpriseId, MailTopic.Required, "ReturnRequested", $"/seller/orders/{order.Id}",
                [order.Number, string.Join(", ", request.Lines.Select(l => $"{order.Lines.First(x => x.Id == l.OrderLineId).DisplayName} × {l.Quantity}"))], ct);
            // The order's version moves with the request: two requests sent at once cannot both be saved.
            await db.SaveChangesAsync(ct);
            return request.Id;
        }
    }
}
