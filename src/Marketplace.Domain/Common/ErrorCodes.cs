namespace Marketplace.Domain.Common;

/// <summary>Codes of broken rules; each is a key in the web layer's texts.</summary>
public static class ErrorCodes
{
    public const string InvalidRegistrationNumber = "Error.InvalidRegistrationNumber";
    public const string NegativePrice = "Error.NegativePrice";
    public const string NegativeStock = "Error.NegativeStock";
    public const string MemberAlreadyLinked = "Error.MemberAlreadyLinked";
    public const string OwnerMustHandOver = "Error.OwnerMustHandOver";
    public const string LastApproverMustHandOver = "Error.LastApproverMustHandOver";
    public const string OrdersInProgress = "Error.OrdersInProgress";
    public const string SellerInformationMissing = "Error.SellerInformationMissing";
    public const string InvalidStatusChange = "Error.InvalidStatusChange";
    public const string EnterpriseNotApproved = "Error.EnterpriseNotApproved";
    public const string InvalidQuantity = "Error.InvalidQuantity";
    public const string QuantityAboveLineMaximum = "Error.QuantityAboveLineMaximum";
    public const string NotEnoughStock = "Error.NotEnoughStock";
    public const string CartFull = "Error.CartFull";
    public const string CartEmpty = "Error.CartEmpty";
    public const string CheckoutInProgress = "Error.CheckoutInProgress";
    public const string ProductUnavailable = "Error.ProductUnavailable";
    public const string InvalidAmount = "Error.InvalidAmount";
    public const string PaymentUnavailable = "Error.PaymentUnavailable";
    public const string OrderNotCancellable = "Error.OrderNotCancellable";
    public const string CancellationReasonRequired = "Error.CancellationReasonRequired";
    public const string ChangedMeanwhile = "Error.ChangedMeanwhile";
    public const string InvalidPriceTiers = "Error.InvalidPriceTiers";
    public const string ChangedSinceReview = "Error.ChangedSinceReview";
    public const string OwnersOnly = "Error.OwnersOnly";
    public const string TooManyImages = "Error.TooManyImages";
    public const string InvitationForSomeoneElse = "Error.InvitationForSomeoneElse";
    public const string SingleQuoteCapExceeded = "Error.SingleQuoteCapExceeded";
    public const string OwnOrderApproval = "Error.OwnOrderApproval";
    public const string ShipmentAboveOrdered = "Error.ShipmentAboveOrdered";
    public const string AcceptedAboveDelivered = "Error.AcceptedAboveDelivered";
    public const string InspectionReasonRequired = "Error.InspectionReasonRequired";
    public const string QuoteRecipientsRequired = "Error.QuoteRecipientsRequired";
    public const string DeadlineAfterDelivery = "Error.DeadlineAfterDelivery";
    public const string QuoteRequestClosed = "Error.QuoteRequestClosed";
    public const string QuoteRequestDecided = "Error.QuoteRequestDecided";
    public const string QuoteRevisedSinceShown = "Error.QuoteRevisedSinceShown";
    public const string QuoteIncomplete = "Error.QuoteIncomplete";
    public const string QuoteValidityPast = "Error.QuoteValidityPast";
    public const string QuoteExpired = "Error.QuoteExpired";
    public const string BelowMinimumOrder = "Error.BelowMinimumOrder";
    public const string PaymentAboveOutstanding = "Error.PaymentAboveOutstanding";
    public const string PaymentDateOutOfRange = "Error.PaymentDateOutOfRange";
    public const string SviYearOutOfRange = "Error.SviYearOutOfRange";
    public const string LowSviReasonRequired = "Error.LowSviReasonRequired";
    public const string LowSviBlocked = "Error.LowSviBlocked";
    public const string NothingOwed = "Error.NothingOwed";
    public const string TaxApprovalNumberInvalid = "Error.TaxApprovalNumberInvalid";
    public const string QuoteRequestDeclined = "Error.QuoteRequestDeclined";
    public const string DeclineReasonRequired = "Error.DeclineReasonRequired";
    public const string TrackingNumberRequired = "Error.TrackingNumberRequired";
}
