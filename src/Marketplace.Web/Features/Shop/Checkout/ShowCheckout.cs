using Marketplace.Domain.Data;
using Marketplace.Web.Features.Account;
using Marketplace.Web.Features.Shop.Cart;
using MediatR;

namespace Marketplace.Web.Features.Shop.Checkout;

/// <summary>The checkout page shows the cart for review beside the address form, with the member's saved addresses.</summary>
public sealed record CheckoutPage(ViewCart.Model Cart, StartCheckout.Form Form, IReadOnlyList<MyAccount.AddressView> SavedAddresses, int? ChosenAddressId);

/// <summary><c>/checkout</c>: the form filled with the chosen saved address (<c>?address=</c>), else the default one.
/// <paramref name="Typed"/> is what the member typed, when a refused form is shown again.</summary>
public static class ShowCheckout
{
    public sealed record Query(string MemberId, int? AddressId, StartCheckout.Form? Typed = null) : IRequest<CheckoutPage>;

    public sealed class Handler(MarketplaceDbContext db, IMediator mediator) : IRequestHandler<Query, CheckoutPage>
    {
        public async Task<CheckoutPage> Handle(Query query, CancellationToken ct)
        {
            var saved = await MyAccount.AddressesOfAsync(db, query.MemberId, ct);
            if (query.Typed is { } typed) return new CheckoutPage(await CartFor(query.MemberId, typed, ct), typed, saved, null);
            var form = new StartCheckout.Form { AttemptId = Guid.NewGuid() };
            var chosen = saved.FirstOrDefault(a => a.Id == query.AddressId) ?? saved.FirstOrDefault();
            if (chosen is not null) form.Fill(chosen.Address);
            else form.SaveAddress = true; // a first order's address is kept unless the member says no
            return new CheckoutPage(await CartFor(query.MemberId, form, ct), form, saved, chosen?.Id);
        }

        /// <summary>The cart priced for the address on the form: a 제주 postcode brings its extra fee.</summary>
        private Task<ViewCart.Model> CartFor(string memberId, StartCheckout.Form form, CancellationToken ct) =>
            mediator.Send(new ViewCart.Query(new CartOwner(memberId, null), form.PostalCode?.Trim()), ct);

    }
}
