namespace Marketplace.Domain.Ordering;

/// <summary>A Korean delivery address: recipient, phone, 우편번호 (five digits), 도로명주소 and 상세주소;
/// <see cref="Note"/> is the 배송 요청사항 for the courier ("문 앞에 놓아 주세요").</summary>
public sealed record ShippingAddress(string Recipient, string Phone, string PostalCode, string RoadAddress, string Detail, string Note = "")
{
    /// <summary>What stands in for a withdrawn member's address on the orders kept for the law.</summary>
    public static readonly ShippingAddress Withdrawn = new("", "", "00000", "", "");
}
