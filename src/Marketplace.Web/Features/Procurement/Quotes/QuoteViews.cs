using Marketplace.Domain.Catalog;
using Marketplace.Domain.Procurement;

namespace Marketplace.Web.Features.Procurement.Quotes;

/// <summary>A quote request as the buyer and the enterprises it was sent to read it.</summary>
public sealed class QuoteRequestView
{
    public int Id { get; init; }
    public string Number { get; init; } = "";
    public string Title { get; init; } = "";
    public QuoteRequestStatus Status { get; init; }
    public ProductKind Kind { get; init; }
    public string DeliveryPlace { get; init; } = "";
    public DateOnly DeliveryDate { get; init; }
    public DateOnly Deadline { get; init; }
    public IReadOnlyList<ItemView> Items { get; init; } = [];

    public sealed class ItemView
    {
        public int Id { get; init; }
        public string Name { get; init; } = "";
        public string Specification { get; init; } = "";
        public int Quantity { get; init; }
    }
}

/// <summary>One enterprise's answer: unit supply prices per item, delivery, validity and note.</summary>
public sealed class QuoteView
{
    public int Id { get; init; }
    public int EnterpriseId { get; init; }
    public QuoteStatus Status { get; init; }
    /// <summary>Sent back with an accept: a quote revised after the page was shown is not accepted unseen.</summary>
    public int Version { get; init; }
    public DateOnly DeliveryDate { get; init; }
    public DateOnly ValidUntil { get; init; }
    public string Note { get; init; } = "";
    public DateTime SubmittedAtUtc { get; init; }
    public IReadOnlyList<QuoteLine> Lines { get; init; } = [];

    public long UnitSupplyOf(int itemId) => Lines.FirstOrDefault(l => l.ItemId == itemId)?.UnitSupplyWon ?? 0;
}

public sealed class QuoteViewProfile : AutoMapper.Profile
{
    public QuoteViewProfile()
    {
        CreateMap<QuoteRequestItem, QuoteRequestView.ItemView>();
        CreateMap<QuoteRequest, QuoteRequestView>();
        CreateMap<Quote, QuoteView>();
    }
}
