using Marketplace.Web.Infrastructure.Settings;
using Microsoft.Extensions.Options;
using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Features.Shop.Cart;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Payments;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Shop.Checkout;

/// <summary>From the cart to the gateway's payment page: reserves the stock, creates one payment
/// and one order per enterprise in one transaction, then opens the gateway's session. The form
/// carries an attempt id made when it was shown, which becomes the payment's id: submitting the
/// same form twice pays once. A member holds one unpaid checkout at a time: a new attempt releases
/// the older ones first, and no line may hold more than <c>Payments:MaxUnpaidUnitsPerProduct</c>,
/// so one account cannot keep a product's stock from everyone else.</summary>
public static class StartCheckout
{
    public sealed class Form : DeliveryAddressForm
    {
        public Guid AttemptId { get; set; }
        /// <summary>The total the checkout page showed: the payment is for that amount or not made.</summary>
        public long? TotalShown { get; set; }
        /// <summary>구매조건 확인 및 결제진행 동의 (전자상거래법 §8): ticked by the shopper, or nothing is paid.</summary>
        public bool AgreesToPurchase { get; set; }
        /// <summary>Keep this address on <c>/account</c> for next time.</summary>
        public bool SaveAddress { get; set; }
    }

    public sealed record Command(string MemberId, string Email, Form Form) : IRequest<Result>;

    public sealed record Result(Guid PaymentId, string RedirectUrl);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<Texts> texts)
        {
            RuleFor(c => c.Form.AttemptId).NotEmpty().WithMessage(_ => texts["Checkout.FormExpired"]);
            RuleFor(c => c.Form.TotalShown).NotNull().WithMessage(_ => texts["Checkout.FormExpired"]);
            RuleFor(c => c.Form.AgreesToPurchase).Equal(true).WithMessage(_ => texts["Checkout.AgreementRequired"]);
            RuleFor(c => c.Form).SetValidator(new DeliveryAddressRules(texts));
        }
    }

    public sealed class Handler(MarketplaceDbContext db, IMediator mediator, PaymentGateways gateways, TimeProvider clock,
        IOptions<PaymentSettings> settings, IOptions<SiteSettings> site, IStringLocalizer<Texts> texts)
        : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command command, CancellationToken ct)
        {
            var paymentId = command.Form.AttemptId;
            if (await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == paymentId, ct) is { } earlier)
                return SameAttemptAgain(earlier, command.MemberId);

            var limit = settings.Value.MaxUnpaidUnitsPerProduct;
            var owner = new CartOwner(command.MemberId, null);
            var postcode = command.Form.PostalCode.Trim();
            var cart = await mediator.Send(new ViewCart.Query(owner, postcode), ct);
            if (cart.IsEmpty) throw new DomainException(ErrorCodes.CartEmpty);
            if (cart.Groups.SelectMany(g => g.Lines).FirstOrDefault(l => l.Quantity > limit) is { } above)
                throw InputValidationException.For("", texts["Checkout.AboveUnitLimit", above.Name, limit]);
            // Stock released from earlier attempts counts for this one: read the cart again only then.
            if (await ReleaseEarlierAttemptsAsync(command.MemberId, paymentId, ct) > 0)
                cart = await mediator.Send(new ViewCart.Query(owner, postcode), ct);
            if (!cart.CanCheckOut) throw new DomainException(ErrorCodes.NotEnoughStock);
            // The address is in 제주 or 도서산간 and the page did not know it yet: say why the total grew, and ask again.
            if (cart.RemoteTotal.Amount > 0 && command.Form.TotalShown == (cart.Total - cart.RemoteTotal).Amount)
                throw InputValidationException.For("", texts["Checkout.RemoteFeeAdded", Cultures.Won(cart.RemoteTotal), Cultures.Won(cart.Total)]);
            // A price approved (or a quantity changed elsewhere) since the page was shown: show the new total and ask again.
            if (command.Form.TotalShown != cart.Total.Amount)
                throw InputValidationException.For("", texts["Checkout.TotalChanged", Cultures.Won(new Won(command.Form.TotalShown ?? 0)), Cultures.Won(cart.Total)]);

            var now = clock.GetUtcNow();
            var gateway = gateways.Current;
            // Stripe accepts session lifetimes from 30 minutes to a day; the simulated page needs less.
            var expiresAt = now.AddMinutes(gateway.Name == SimulatedGateway.GatewayName
                ? settings.Value.SimulatedSessionMinutes : settings.Value.SessionMinutes);
            var address = command.Form.ToAddress();
            var payment = new Payment(paymentId, command.MemberId, gateway.Name, cart.Total, now.UtcDateTime, expiresAt.UtcDateTime);

            try
            {
                await ReserveAndRecordAsync(cart, payment, address, command.Form.SaveAddress, ct);
            }
            catch (DbUpdateException)
            {
                // The same form, submitted twice at once: the other submission created the payment.
                if (await AttemptExistsAsync(paymentId, ct) is not { } twin) throw;
                return SameAttemptAgain(twin, command.MemberId);
            }

            // The gateway is called outside the transaction: no lock is held across the network.
            GatewaySession session;
            try
            {
                session = await gateway.StartCheckoutAsync(new CheckoutSessionRequest(
                    payment.Id,
                    CheckoutItemsOf(cart),
                    command.Email,
                    site.Value.LinkTo($"/checkout/complete/{payment.Id}?session_id={{CHECKOUT_SESSION_ID}}"),
                    site.Value.LinkTo($"/checkout/cancelled/{payment.Id}"),
                    expiresAt), ct);
            }
            catch (PaymentGatewayException)
            {
                // Give the stock back at once rather than at the expiry sweep.
                await mediator.Send(new Payments.ApplyPaymentOutcome.Command($"start-failed-{payment.Id}", "checkout.start_failed",
                    payment.Id, Payments.ApplyPaymentOutcome.Outcome.Cancelled), CancellationToken.None);
                throw new DomainException(ErrorCodes.PaymentUnavailable);
            }

            payment.AttachSession(session.SessionId, session.RedirectUrl);
            await db.SaveChangesAsync(ct);
            return new Result(payment.Id, session.RedirectUrl);
        }

        /// <summary>The goods, then each enterprise's shipping as a line of its own, so the gateway's page and receipt show it apart.</summary>
        private List<CheckoutItem> CheckoutItemsOf(ViewCart.Model cart) =>
            cart.Groups.SelectMany(g => g.Lines).Select(l => new CheckoutItem(l.DisplayName, new Won(l.UnitPrice), l.Quantity))
                .Concat(cart.Groups.Where(g => g.Shipping.TotalWon > 0)
                    .Select(g => new CheckoutItem(texts["Checkout.ShippingItem", g.EnterpriseName], new Won(g.Shipping.TotalWon), 1)))
                .ToList();

        /// <summary>Closes the member's other unpaid checkouts and gives their stock back. One paid meanwhile
        /// stays paid: the gateway refuses to close it.</summary>
        /// <returns>How many there were.</returns>
        private async Task<int> ReleaseEarlierAttemptsAsync(string memberId, Guid currentAttempt, CancellationToken ct)
        {
            var earlier = await db.Payments.AsNoTracking()
                .Where(p => p.MemberId == memberId && p.Status == PaymentStatus.Pending && p.Id != currentAttempt && p.InvoiceId == null)
                .Select(p => p.Id).ToListAsync(ct);
            foreach (var id in earlier) await mediator.Send(new CancelCheckout.Command(memberId, id), ct);
            return earlier.Count;
        }

        private async Task<Payment?> AttemptExistsAsync(Guid paymentId, CancellationToken ct)
        {
            db.ChangeTracker.Clear();
            return await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == paymentId, ct);
        }

        private static Result SameAttemptAgain(Payment earlier, string memberId)
        {
            if (earlier.MemberId != memberId) throw new DomainException(ErrorCodes.PaymentUnavailable);
            return earlier is { IsPending: true, SessionUrl: { } url }
                ? new Result(earlier.Id, url)
                : new Result(earlier.Id, $"/checkout/complete/{earlier.Id}");
        }

        /// <summary>Stock, payment and orders in one transaction: all of them, or none if any product ran short.</summary>
        /// <summary>The checkout's address joins the member's saved ones, unless it is there already or the list is full.</summary>
        private async Task KeepAddressAsync(string memberId, ShippingAddress address, CancellationToken ct)
        {
            var saved = await db.SavedAddresses.Where(a => a.MemberId == memberId).ToListAsync(ct);
            if (saved.Count >= Domain.Members.SavedAddress.MaxPerMember || saved.Any(a => a.Address == address)) return;
            db.SavedAddresses.Add(new Domain.Members.SavedAddress(memberId, texts["MyAccount.AddressFromCheckout"], address, isDefault: saved.Count == 0));
        }

        private async Task ReserveAndRecordAsync(ViewCart.Model cart, Payment payment, ShippingAddress address, bool saveAddress, CancellationToken ct)
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                // The member's cart row, taken first, holds two checkouts of one member (two tabs, a script) one
                // after the other; the second then finds the first one's payment and gives up.
                await db.Carts.Where(c => c.MemberId == payment.MemberId).ExecuteUpdateAsync(u => u.SetProperty(c => c.UpdatedAtUtc, c => c.UpdatedAtUtc), ct);
                if (await db.Payments.AnyAsync(p => p.MemberId == payment.MemberId && p.Status == PaymentStatus.Pending && p.Id != payment.Id, ct))
                    throw new DomainException(ErrorCodes.CheckoutInProgress);
                var lines = cart.Groups.SelectMany(g => g.Lines).Select(l => (l.ProductId, l.OptionId, l.Quantity));
                if (!await StockLedger.TryReserveAsync(db, lines, ct)) throw new DomainException(ErrorCodes.NotEnoughStock);
                db.Payments.Add(payment);
                foreach (var group in cart.Groups)
                {
                    var order = new Order(payment.Id, payment.MemberId, group.EnterpriseId, address, payment.CreatedAtUtc);
                    foreach (var line in group.Lines) order.AddLine(line.ProductId, line.OptionId, line.OptionName, line.Name, new Won(line.UnitPrice), line.Quantity);
                    order.ChargeShipping(group.Policy, group.Shipping);
                    db.Orders.Add(order);
                }
                if (saveAddress) await KeepAddressAsync(payment.MemberId, address, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            });
        }
    }
}
