using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Institutions;
using Marketplace.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Domain.Data.Configurations;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> enterprise)
    {
        enterprise.ToTable("Enterprises");
        enterprise.Property(e => e.Name).HasMaxLength(200).IsRequired();
        enterprise.Property(e => e.NameEn).HasMaxLength(200).IsRequired();
        enterprise.Property(e => e.RegistrationNumber).HasMaxLength(10).IsFixedLength(false).IsRequired();
        enterprise.Property(e => e.CertificationNumber).HasMaxLength(40);
        enterprise.Property(e => e.Story).HasMaxLength(4000).IsRequired();
        enterprise.Property(e => e.StoryEn).HasMaxLength(4000).IsRequired();
        enterprise.Property(e => e.SocialMission).HasMaxLength(500).IsRequired();
        enterprise.Property(e => e.SocialMissionEn).HasMaxLength(500).IsRequired();
        enterprise.Property(e => e.RepresentativeName).HasMaxLength(60);
        enterprise.Property(e => e.DocumentKey).HasMaxLength(100);
        enterprise.Property(e => e.DocumentContentType).HasMaxLength(60);
        enterprise.Property(e => e.RejectionReason).HasMaxLength(500);
        enterprise.Property(e => e.LogoUrl).HasMaxLength(200);
        enterprise.OwnsOne(e => e.SettlementAccount, account =>
        {
            account.Property(a => a.Bank).HasColumnName("SettlementBank").HasMaxLength(40);
            account.Property(a => a.AccountNumber).HasColumnName("SettlementAccountNumber").HasMaxLength(30);
            account.Property(a => a.Holder).HasColumnName("SettlementAccountHolder").HasMaxLength(60);
        });
        enterprise.OwnsOne(e => e.Seller, seller =>
        {
            seller.Property(x => x.MailOrderNumber).HasColumnName("SellerMailOrderNumber").HasMaxLength(40);
            seller.Property(x => x.MailOrderExempt).HasColumnName("SellerMailOrderExempt");
            seller.Property(x => x.Phone).HasColumnName("SellerPhone").HasMaxLength(20);
            seller.Property(x => x.Email).HasColumnName("SellerEmail").HasMaxLength(254);
            seller.Property(x => x.Address).HasColumnName("SellerAddress").HasMaxLength(300);
            seller.Property(x => x.ReturnAddress).HasColumnName("SellerReturnAddress").HasMaxLength(300);
        });
        enterprise.Ignore(e => e.HasSellerInformation);
        enterprise.Ignore(e => e.Shipping);
        enterprise.Navigation(e => e.SocialValueYears).HasField("_socialValueYears");
        enterprise.HasIndex(e => e.RegistrationNumber).IsUnique();
        enterprise.HasIndex(e => new { e.Status, e.Type });
        enterprise.HasIndex(e => new { e.Status, e.Region });
    }
}

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> institution)
    {
        // Rows from before companies could register are public bodies.
        institution.Property(i => i.Kind).HasMaxLength(20).HasDefaultValue(BuyerKind.Public).HasSentinel((BuyerKind)(-1));
        institution.Property(i => i.RejectionReason).HasMaxLength(500);
        institution.Property(i => i.Address).HasMaxLength(200);
        institution.Property(i => i.ContactName).HasMaxLength(60);
        institution.Property(i => i.ContactPhone).HasMaxLength(20);
        institution.ToTable("Institutions");
        institution.Property(i => i.Name).HasMaxLength(200).IsRequired();
        institution.Property(i => i.InstitutionCode).HasMaxLength(20).IsRequired();
        institution.Property(i => i.RegistrationNumber).HasMaxLength(10).IsRequired();
        institution.HasIndex(i => i.InstitutionCode).IsUnique();
    }
}

internal sealed class MemberConfiguration : IEntityTypeConfiguration<Member>
{
    public void Configure(EntityTypeBuilder<Member> member)
    {
        member.Property(m => m.DisplayName).HasMaxLength(100).IsRequired();
        member.HasOne<Enterprise>().WithMany().HasForeignKey(m => m.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        member.HasOne<Institution>().WithMany().HasForeignKey(m => m.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        // The operator's sign-up figures group members by day and channel.
        member.HasIndex(m => new { m.SignedUpAtUtc, m.SignUpChannel });
        member.Property(m => m.PreferredCulture).HasMaxLength(5).HasDefaultValue("ko");
        member.Ignore(m => m.IsWithdrawn);
        member.Ignore(m => m.MailsWishlistNews);
    }
}

internal sealed class SavedAddressConfiguration : IEntityTypeConfiguration<SavedAddress>
{
    public void Configure(EntityTypeBuilder<SavedAddress> saved)
    {
        saved.ToTable("SavedAddresses");
        saved.Property(a => a.MemberId).HasMaxLength(450).IsRequired();
        saved.Property(a => a.Label).HasMaxLength(40).IsRequired();
        saved.ComplexProperty(a => a.Address, address =>
        {
            address.Property(a => a.Recipient).HasColumnName("Recipient").HasMaxLength(60).IsRequired();
            address.Property(a => a.Phone).HasColumnName("Phone").HasMaxLength(20).IsRequired();
            address.Property(a => a.PostalCode).HasColumnName("PostalCode").HasMaxLength(5).IsRequired();
            address.Property(a => a.RoadAddress).HasColumnName("RoadAddress").HasMaxLength(200).IsRequired();
            address.Property(a => a.Detail).HasColumnName("Detail").HasMaxLength(200).IsRequired();
            address.Property(a => a.Note).HasColumnName("Note").HasMaxLength(100).IsRequired();
        });
        saved.HasOne<Member>().WithMany().HasForeignKey(a => a.MemberId).OnDelete(DeleteBehavior.Cascade);
        saved.HasIndex(a => a.MemberId);
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> consent)
    {
        consent.ToTable("Consents");
        consent.Property(c => c.MemberId).HasMaxLength(450).IsRequired();
        consent.Property(c => c.Item).HasConversion<string>().HasMaxLength(20);
        consent.HasOne<Member>().WithMany().HasForeignKey(c => c.MemberId).OnDelete(DeleteBehavior.Cascade);
        consent.HasIndex(c => new { c.MemberId, c.Item, c.AtUtc });
    }
}

internal sealed class PolicyDocumentConfiguration : IEntityTypeConfiguration<Legal.PolicyDocument>
{
    public void Configure(EntityTypeBuilder<Legal.PolicyDocument> policy)
    {
        policy.ToTable("PolicyDocuments");
        policy.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        policy.Property(p => p.Body).HasMaxLength(40_000).IsRequired();
        policy.Property(p => p.BodyEn).HasMaxLength(40_000).IsRequired();
        policy.Property(p => p.PublishedById).HasMaxLength(450).IsRequired();
        policy.HasIndex(p => new { p.Kind, p.Version }).IsUnique();
    }
}

internal sealed class RetainedRecordConfiguration : IEntityTypeConfiguration<Legal.RetainedRecord>
{
    public void Configure(EntityTypeBuilder<Legal.RetainedRecord> record)
    {
        record.ToTable("RetainedRecords");
        record.Property(r => r.Reason).HasConversion<string>().HasMaxLength(40);
        record.Property(r => r.Reference).HasMaxLength(60).IsRequired();
        record.Property(r => r.Content).HasMaxLength(4000).IsRequired();
        record.HasIndex(r => r.KeepUntilUtc);
    }
}

internal sealed class EnterpriseInvitationConfiguration : IEntityTypeConfiguration<EnterpriseInvitation>
{
    public void Configure(EntityTypeBuilder<EnterpriseInvitation> invitation)
    {
        invitation.ToTable("EnterpriseInvitations");
        invitation.Property(i => i.Email).HasMaxLength(254).IsRequired();
        invitation.Property(i => i.InvitedById).HasMaxLength(450).IsRequired();
        invitation.HasOne<Enterprise>().WithMany().HasForeignKey(i => i.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
        invitation.HasIndex(i => new { i.EnterpriseId, i.Email });
    }
}

internal sealed class InstitutionInvitationConfiguration : IEntityTypeConfiguration<InstitutionInvitation>
{
    public void Configure(EntityTypeBuilder<InstitutionInvitation> invitation)
    {
        invitation.ToTable("InstitutionInvitations");
        invitation.Property(i => i.Email).HasMaxLength(254).IsRequired();
        invitation.Property(i => i.Role).HasMaxLength(40).IsRequired();
        invitation.Property(i => i.InvitedById).HasMaxLength(450).IsRequired();
        invitation.HasOne<Institution>().WithMany().HasForeignKey(i => i.InstitutionId).OnDelete(DeleteBehavior.Cascade);
        invitation.HasIndex(i => new { i.InstitutionId, i.Email });
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<Audit.AuditEntry>
{
    public void Configure(EntityTypeBuilder<Audit.AuditEntry> entry)
    {
        entry.ToTable("AuditEntries");
        entry.Property(e => e.ActorId).HasMaxLength(450).IsRequired();
        entry.Property(e => e.ActorName).HasMaxLength(200).IsRequired();
        entry.Property(e => e.ActorRole).HasMaxLength(40).IsRequired();
        entry.Property(e => e.SubjectNumber).HasMaxLength(200).IsRequired();
        entry.Property(e => e.Action).HasMaxLength(60).IsRequired();
        entry.Property(e => e.SubjectType).HasMaxLength(40).IsRequired();
        entry.Property(e => e.SubjectId).HasMaxLength(60).IsRequired();
        entry.Property(e => e.Before).HasMaxLength(8000).IsRequired();
        entry.Property(e => e.After).HasMaxLength(8000).IsRequired();
        entry.HasIndex(e => e.AtUtc);
        entry.HasIndex(e => new { e.SubjectType, e.SubjectId });
    }
}

internal sealed class SignUpRollupConfiguration : IEntityTypeConfiguration<Reporting.SignUpRollup>
{
    public void Configure(EntityTypeBuilder<Reporting.SignUpRollup> rollup)
    {
        rollup.ToTable("SignUpRollups");
        rollup.HasKey(r => new { r.Day, r.Kind, r.Channel });
        rollup.Property(r => r.Kind).HasMaxLength(20);
        rollup.Property(r => r.Channel).HasMaxLength(40);
    }
}


internal sealed class MemberSessionConfiguration : IEntityTypeConfiguration<MemberSession>
{
    public void Configure(EntityTypeBuilder<MemberSession> session)
    {
        session.ToTable("MemberSessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.MemberId).HasMaxLength(450).IsRequired();
        session.HasOne<Member>().WithMany().HasForeignKey(s => s.MemberId).OnDelete(DeleteBehavior.Cascade);
        session.HasIndex(s => new { s.MemberId, s.EndedAtUtc });
        session.Ignore(s => s.IsActive);
    }
}

internal sealed class OutgoingMailConfiguration : IEntityTypeConfiguration<Messaging.OutgoingMail>
{
    public void Configure(EntityTypeBuilder<Messaging.OutgoingMail> mail)
    {
        mail.ToTable("OutgoingMails");
        mail.HasKey(m => m.Id);
        mail.Property(m => m.To).HasMaxLength(254).IsRequired();
        mail.Property(m => m.Subject).HasMaxLength(400).IsRequired();
        mail.Property(m => m.TextBody).IsRequired();
        mail.Property(m => m.LastError).HasMaxLength(500);
        // The dispatcher looks for what is due and not yet sent.
        mail.HasIndex(m => new { m.SentAtUtc, m.NextAttemptAtUtc });
    }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<Operations.JobLease>
{
    public void Configure(EntityTypeBuilder<Operations.JobLease> lease)
    {
        lease.ToTable("JobLeases");
        lease.HasKey(l => l.Name);
        lease.Property(l => l.Name).HasMaxLength(64);
        lease.Property(l => l.Holder).HasMaxLength(100).IsRequired();
    }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<Operations.StoredFile>
{
    public void Configure(EntityTypeBuilder<Operations.StoredFile> file)
    {
        file.ToTable("StoredFiles");
        file.HasKey(f => new { f.Area, f.Name });
        file.Property(f => f.Area).HasMaxLength(20);
        file.Property(f => f.Name).HasMaxLength(64);
        file.Property(f => f.Content).IsRequired();
        // The unused-file sweep lists what was written before a day ago.
        file.HasIndex(f => new { f.Area, f.WrittenAtUtc });
    }
}

internal sealed class WishlistItemConfiguration : IEntityTypeConfiguration<WishlistItem>
{
    public void Configure(EntityTypeBuilder<WishlistItem> item)
    {
        item.ToTable("WishlistItems");
        item.Property(i => i.MemberId).HasMaxLength(450).IsRequired();
        item.HasOne<Member>().WithMany().HasForeignKey(i => i.MemberId).OnDelete(DeleteBehavior.Cascade);
        item.HasOne<Catalog.Product>().WithMany().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Cascade);
        // Once per member and product, even when the heart is pressed twice at once.
        item.HasIndex(i => new { i.MemberId, i.ProductId }).IsUnique();
        item.HasIndex(i => i.ProductId);
    }
}

internal sealed class RecentlyViewedConfiguration : IEntityTypeConfiguration<RecentlyViewed>
{
    public void Configure(EntityTypeBuilder<RecentlyViewed> viewed)
    {
        viewed.ToTable("RecentlyViewed");
        viewed.HasKey(v => new { v.MemberId, v.ProductId });
        viewed.Property(v => v.MemberId).HasMaxLength(450);
        viewed.HasOne<Member>().WithMany().HasForeignKey(v => v.MemberId).OnDelete(DeleteBehavior.Cascade);
        viewed.HasOne<Catalog.Product>().WithMany().HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);
        viewed.HasIndex(v => new { v.MemberId, v.ViewedAtUtc });
    }
}
