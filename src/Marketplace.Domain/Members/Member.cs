using Marketplace.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace Marketplace.Domain.Members;

/// <summary>How a member came to sign up; the operator's sign-up figures group by it.</summary>
public enum SignUpChannel { Direct, Invitation, EnterprisePage, Operator }

/// <summary>An account. It belongs to at most one enterprise or one institution.</summary>
public class Member : IdentityUser
{
    private Member() { }

    public Member(string email, string displayName, DateTime signedUpAtUtc, SignUpChannel channel)
    {
        Email = email;
        UserName = email;
        DisplayName = displayName;
        SignedUpAtUtc = signedUpAtUtc;
        SignUpChannel = channel;
    }

    public string DisplayName { get; private set; } = "";
    public DateTime SignedUpAtUtc { get; private set; }
    public SignUpChannel SignUpChannel { get; private set; }
    public int? EnterpriseId { get; private set; }
    public int? InstitutionId { get; private set; }
    /// <summary>The enterprise's owner invites colleagues; staff run the storefront.</summary>
    public bool IsEnterpriseOwner { get; private set; }

    public void JoinEnterprise(int enterpriseId, bool asOwner = false)
    {
        EnsureUnlinked();
        EnterpriseId = enterpriseId;
        IsEnterpriseOwner = asOwner;
    }

    public void JoinInstitution(int institutionId)
    {
        EnsureUnlinked();
        InstitutionId = institutionId;
    }

    /// <summary>Already staff of an enterprise or a member of an institution.</summary>
    public bool IsLinked => EnterpriseId is not null || InstitutionId is not null;

    private void EnsureUnlinked()
    {
        if (IsLinked)
            throw new DomainException(ErrorCodes.MemberAlreadyLinked, Email);
    }
}

/// <summary>The role names, one per kind of user.</summary>
public static class Roles
{
    public const string Consumer = "Consumer";
    public const string InstitutionBuyer = "InstitutionBuyer";
    public const string InstitutionApprover = "InstitutionApprover";
    public const string EnterpriseStaff = "EnterpriseStaff";
    public const string Operator = "Operator";

    public static readonly string[] All = [Consumer, InstitutionBuyer, InstitutionApprover, EnterpriseStaff, Operator];
}
