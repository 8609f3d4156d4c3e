using Marketplace.Domain.Ordering;

namespace Marketplace.Domain.Members;

/// <summary>A delivery address a member keeps on <c>/account</c>; checkout offers them, the default first.</summary>
public class SavedAddress
{
    public const int MaxPerMember = 10;

    private SavedAddress() { }

    public SavedAddress(string memberId, string label, ShippingAddress address, bool isDefault)
    {
        MemberId = memberId;
        Label = label.Trim();
        Address = address;
        IsDefault = isDefault;
    }

    public int Id { get; private set; }
    public string MemberId { get; private set; } = "";
    /// <summary>The member's own name for it: 집, 회사.</summary>
    public string Label { get; private set; } = "";
    public ShippingAddress Address { get; private set; } = null!;
    public bool IsDefault { get; private set; }

    public void Change(string label, ShippingAddress address)
    {
        Label = label.Trim();
        Address = address;
    }

    public void MakeDefault(bool isDefault) => IsDefault = isDefault;
}
