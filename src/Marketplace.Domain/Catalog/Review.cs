using Marketplace.Domain.Common;

namespace Marketplace.Domain.Catalog;

/// <summary>A buyer's review of one line of a delivered order (구매 확인): stars, words, up to three photos. The
/// enterprise may answer once; the operator may hide it with a reason the author is shown.</summary>
public class Review : Audit.IAudited
{
    string Audit.IAudited.AuditNumber => $"R-{Id}";

    public const int MinTextLength = 20;
    public const int MaxTextLength = 2_000;
    public const int MaxPhotos = 3;
    public const int MaxReplyLength = 1_000;

    private readonly List<ReviewPhoto> _photos = [];

    private Review() { }

    public Review(int productId, int orderLineId, string memberId, string authorName, int rating, string text, IReadOnlyList<string> photoUrls, DateTime nowUtc)
    {
        if (rating is < 1 or > 5) throw new DomainException(ErrorCodes.RatingInvalid, rating.ToString());
        var trimmed = text.Trim();
        if (trimmed.Length is < MinTextLength or > MaxTextLength) throw new DomainException(ErrorCodes.ReviewTextLength, trimmed.Length.ToString());
        if (photoUrls.Count > MaxPhotos) throw new DomainException(ErrorCodes.TooManyImages, MaxPhotos.ToString());
        ProductId = productId;
        OrderLineId = orderLineId;
        MemberId = memberId;
        AuthorName = authorName;
        Rating = rating;
        Text = trimmed;
        _photos.AddRange(photoUrls.Select((url, i) => new ReviewPhoto(url, i)));
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    /// <summary>The line bought: one review per line, which is also the proof of purchase.</summary>
    public int OrderLineId { get; private set; }
    public string MemberId { get; private set; } = "";
    /// <summary>The author as shown (a masked name), copied so a later rename or withdrawal changes nothing here.</summary>
    public string AuthorName { get; private set; } = "";
    public int Rating { get; private set; }
    public string Text { get; private set; } = "";
    public IReadOnlyList<ReviewPhoto> Photos => _photos;
    public DateTime CreatedAtUtc { get; private set; }
    public string? Reply { get; private set; }
    public DateTime? RepliedAtUtc { get; private set; }
    /// <summary>Set when the operator hid the review: it then counts nowhere and shows only to its author, with this reason.</summary>
    public string? HiddenReason { get; private set; }
    public DateTime? HiddenAtUtc { get; private set; }
    public bool IsHidden => HiddenAtUtc is not null;

    /// <summary>The enterprise's one answer.</summary>
    public void Answer(string reply, DateTime nowUtc)
    {
        if (Reply is not null) throw new DomainException(ErrorCodes.AlreadyReplied);
        var trimmed = reply.Trim();
        if (trimmed.Length is 0 or > MaxReplyLength) throw new DomainException(ErrorCodes.ReplyLength, trimmed.Length.ToString());
        Reply = trimmed;
        RepliedAtUtc = nowUtc;
    }

    /// <summary>The operator hides an abusive review; the reason is shown to its author.</summary>
    public void Hide(string reason, DateTime nowUtc)
    {
        if (IsHidden) throw new DomainException(ErrorCodes.InvalidStatusChange, "hidden");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException(ErrorCodes.DeclineReasonRequired);
        HiddenReason = reason.Trim();
        HiddenAtUtc = nowUtc;
    }

    /// <summary>How a member appears under a review: 김** (the family name and stars).</summary>
    public static string Mask(string displayName)
    {
        var name = displayName.Trim();
        return name.Length switch { 0 => "***", 1 => name + "*", _ => name[0] + new string('*', Math.Min(name.Length - 1, 4)) };
    }
}

public class ReviewPhoto
{
    private ReviewPhoto() { }

    internal ReviewPhoto(string url, int sortOrder)
    {
        Url = url;
        SortOrder = sortOrder;
    }

    public int Id { get; private set; }
    public string Url { get; private set; } = "";
    public int SortOrder { get; private set; }
}

/// <summary>A member's report of an abusive review, for the operator; one per member and review.</summary>
public class ReviewReport
{
    public const int MaxReasonLength = 500;

    private ReviewReport() { }

    public ReviewReport(int reviewId, string memberId, string reason, DateTime nowUtc)
    {
        var trimmed = reason.Trim();
        if (trimmed.Length is 0 or > MaxReasonLength) throw new DomainException(ErrorCodes.DeclineReasonRequired);
        ReviewId = reviewId;
        MemberId = memberId;
        Reason = trimmed;
        CreatedAtUtc = nowUtc;
    }

    public int Id { get; private set; }
    public int ReviewId { get; private set; }
    public string MemberId { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
}
