namespace Marketplace.Web.Features.Seller.Orders;


/// <summary><c>/seller/orders</c>: the enterprise's part of consumer orders, to accept, ship and
/// mark delivered. Every query and command is scoped by the enterprise id of the signed-in staff
/// member; another enterprise's order is simply not found.
/// Each use case has its file beside this one: Index, Details, Advance.</summary>
public static partial class SellerOrders
{
}
