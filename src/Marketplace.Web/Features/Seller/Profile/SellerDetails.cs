using Marketplace.Domain.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Features.Seller.Profile;

/// <summary><c>/seller/profile/seller</c>: who sells, as the product and order pages tell consumers
/// (전자상거래법 §13, §20): representative, 통신판매업 신고번호 or its exemption, contact and return address.</summary>
public static partial class SellerDetails
{
    public sealed class Form
    {
        public string RepresentativeName { get; set; } = "";
        public string MailOrderNumber { get; set; } = "";
        /// <summary>§12 ②: a seller below the threshold need not report; it says so instead of a number.</summary>
        public bool MailOrderExempt { get; set; }
        public string Phone { get; set; } = "";
        public string Email { get; set; } = "";
        public string Address { get; set; } = "";
        public string ReturnAddress { get; set; } = "";
    }

    public sealed record Query(int EnterpriseId) : IRequest<Form>;

    public sealed class Handler(MarketplaceDbContext db) : IRequestHandler<Query, Form>
    {
        public async Task<Form> Handle(Query query, CancellationToken ct)
        {
            var e = await db.Enterprises.AsNoTracking().FirstAsync(x => x.Id == query.EnterpriseId, ct);
            var s = e.Seller;
            return new Form
            {
                RepresentativeName = e.RepresentativeName ?? "",
                MailOrderNumber = s?.MailOrderNumber ?? "", MailOrderExempt = s?.MailOrderExempt ?? false,
                Phone = s?.Phone ?? "", Email = s?.Email ?? "", Address = s?.Address ?? "", ReturnAddress = s?.ReturnAddress ?? "",
            };
        }
    }
}
