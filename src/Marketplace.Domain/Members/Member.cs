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

    public Member(string email, string displayName, DateTime signedUpAtUtc, SignUpChannel channel, string culture, bool acceptsMarketing)
        : this(email, displayName, signedUpAtUtc, channel)
    {
        PreferredCulture = culture is "en" ? "en" : "ko";
        AcceptsMarketing = acceptsMarketing;
    }

    public string DisplayName { get; private set; } = "";
    public DateTime SignedUpAtUtc { get; private set; }
    public SignUpChannel SignUpChannel { get; private set; }
    public int? EnterpriseId { get; private set; }
    public int? InstitutionId { get; private set; }
    /// <summary>The enterprise's owner invites colleagues; staff run the storefront.</summary>
    public bool IsEnterpriseOwner { get; private set; }

    /// <summary>The language mail is written in: the one the member signed up in, changed on <c>/account</c>.</summary>
    public string PreferredCulture { get; private set; } = "ko";
    /// <summary>Marketing messages (광고성 정보 수신 동의): optional, off unless the member said yes.</summary>
    public bool AcceptsMarketing { get; private set; }
    /// <summary>Mail about a purchase's progress (shipped, delivered); what the law requires is sent regardless.</summary>
    public bool MailsOrderProgress { get; private set; } = true;
    /// <summary>Mail about quotes, approvals and invoices for institution and enterprise members.</summary>
    public bool MailsProcurementProgress { get; private set; } = true;
    /// <summary>Mail when a wished product is back in stock or cheaper: asked for by the heart, so on until the member says no.
    /// Stored as its refusal, so that members from before it came have it on.</summary>
    public bool MailsWishlistNews => !RefusesWishlistNews;
    public bool RefusesWishlistNews { get; private set; }
    /// <summary>Set when the member withdrew: nothing personal is left on the account.</summary>
    public DateTime? WithdrawnAtUtc { get; private set; }

    public bool IsWithdrawn => WithdrawnAtUtc is not null;

    public void Describe(string displayName, string? phone, string culture)
    {
        DisplayName = displayName.Trim();
        PhoneNumber = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        PreferredCulture = culture is "en" ? "en" : "ko";
    }

    public void ChooseMail(bool marketing, bool orderProgress, bool procurementProgress, bool wishlistNews = true)
    {
        RefusesWishlistNews = !wishlistNews;
        AcceptsMarketing = marketing;
        MailsOrderProgress = orderProgress;
        MailsProcurementProgress = procurementProgress;
    }

    /// <summary>회원 탈퇴: the account stays as a row other records point to, with nothing that names the person.
    /// An enterprise's owner hands the storefront over first; the caller checks an institution's last approver.</summary>
    public void Withdraw(DateTime atUtc)
    {
        if (IsWithdrawn) return;
        if (IsEnterpriseOwner) throw new DomainException(ErrorCodes.OwnerMustHandOver, Email);
        var placeholder = $"withdrawn-{Id}@invalid";
        Email = UserName = placeholder;
        NormalizedEmail = NormalizedUserName = placeholder.ToUpperInvariant();
        EmailConfirmed = false;
        DisplayName = "";
        PhoneNumber = null;
        PhoneNumberConfirmed = false;
        PasswordHash = null;
        SecurityStamp = Guid.NewGuid().ToString("N");
        LockoutEnabled = true;
        LockoutEnd = DateTimeOffset.MaxValue;
        AcceptsMarketing = MailsOrderProgress = MailsProcurementProgress = false;
        RefusesWishlistNews = true;
        EnterpriseId = null;
        InstitutionId = null;
        WithdrawnAtUtc = atUtc;
    }

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
