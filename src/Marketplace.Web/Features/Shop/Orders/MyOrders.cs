namespace Marketplace.Web.Features.Shop.Orders;


/// <summary><c>/orders</c> and <c>/orders/{id}</c>: a member's own orders only; anyone else's id is not found.
/// Each use case has its file beside this one: Index, Details.</summary>
public static partial class MyOrders
{
}
