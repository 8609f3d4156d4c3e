namespace Marketplace.Domain.Ordering;

/// <summary>A Korean delivery address: recipient, phone, 우편번호 (five digits), 도로명주소 and 상세주소.</summary>
public sealed record ShippingAddress(string Recipient, string Phone, string PostalCode, string RoadAddress, string Detail);
