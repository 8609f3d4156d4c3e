namespace Marketplace.Domain.Members;

/// <summary>An e-mailed invitation to join an enterprise or an institution. It works once, for a
/// limited time, and only for the invited address.</summary>
public interface IInvitation
{
    string Email { get; }
    bool IsOpenAt(DateTime nowUtc);
    void Accept(DateTime nowUtc);
}
