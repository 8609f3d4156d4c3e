using Marketplace.Domain.Common;
using Marketplace.Domain.Enterprises;

namespace Marketplace.Web.Features.Shop.Enterprises;

/// <summary>판매자 정보, as 전자상거래법 §13 and §20 ② require the intermediary to show it on the product
/// and order pages: who sells, how to reach them, where returns go.</summary>
public sealed class SellerCard
{
    public string Name { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string? RepresentativeName { get; init; }
    public string RegistrationNumber { get; init; } = "";
    public string? MailOrderNumber { get; init; }
    public bool MailOrderExempt { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Address { get; init; }
    public string? ReturnAddress { get; init; }

    public string RegistrationNumberDisplay => BusinessRegistrationNumber.TryParse(RegistrationNumber, out var n) ? n.ToString() : RegistrationNumber;

    public sealed class Profile : AutoMapper.Profile
    {
        public Profile() => CreateProjection<Enterprise, SellerCard>()
            .ForMember(d => d.MailOrderNumber, o => o.MapFrom(e => e.Seller!.MailOrderNumber))
            .ForMember(d => d.MailOrderExempt, o => o.MapFrom(e => e.Seller != null && e.Seller.MailOrderExempt))
            .ForMember(d => d.Phone, o => o.MapFrom(e => e.Seller!.Phone))
            .ForMember(d => d.Email, o => o.MapFrom(e => e.Seller!.Email))
            .ForMember(d => d.Address, o => o.MapFrom(e => e.Seller!.Address))
            .ForMember(d => d.ReturnAddress, o => o.MapFrom(e => e.Seller!.ReturnAddress));
    }
}
