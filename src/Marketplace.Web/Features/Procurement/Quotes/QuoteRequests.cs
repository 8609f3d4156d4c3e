using Marketplace.Domain.Catalog;

namespace Marketplace.Web.Features.Procurement.Quotes;

/// <summary>견적문의 from the institution's side: a request to several enterprises at once, the answers
/// side by side, and accepting one, which makes the simple contract (간편계약) as a purchase order
/// waiting for internal approval. The forms are here; each use case has its file beside this one:
/// Create, Index, Details, Accept.</summary>
public static partial class QuoteRequests
{
    public sealed class ItemForm
    {
        public string Name { get; set; } = "";
        public string Specification { get; set; } = "";
        public int Quantity { get; set; }
    }

    public sealed class Form
    {
        public string Title { get; set; } = "";
        public ProductKind Kind { get; set; }
        public string DeliveryPlace { get; set; } = "";
        public DateOnly? DeliveryDate { get; set; }
        public DateOnly? Deadline { get; set; }
        public List<ItemForm> Items { get; set; } = [];
        public List<int> EnterpriseIds { get; set; } = [];
    }
}
