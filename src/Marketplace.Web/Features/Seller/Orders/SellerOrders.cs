using AutoMapper.QueryableExtensions;
using FluentValidation;
using Marketplace.Domain.Common;
using Marketplace.Domain.Data;
using Marketplace.Domain.Ordering;
using Marketplace.Web.Infrastructure.Behaviors;
using Marketplace.Web.Infrastructure.Localization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Features.Seller.Orders;


/// <summary><c>/seller/orders</c>: the enterprise's part of consumer orders, to accept, ship and
/// mark delivered. Every query and command is scoped by the enterprise id of the signed-in staff
/// member; another enterprise's order is simply not found.
/// Each use case has its file beside this one: Index, Details, Advance.</summary>
public static partial class SellerOrders
{
}
