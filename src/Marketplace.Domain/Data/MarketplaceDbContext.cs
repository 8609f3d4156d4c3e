using Marketplace.Domain.Catalog;
using Marketplace.Domain.Enterprises;
using Marketplace.Domain.Institutions;
using Marketplace.Domain.Members;
using Marketplace.Domain.Ordering;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Domain.Data;

public class MarketplaceDbContext(DbContextOptions<MarketplaceDbContext> options)
    : IdentityDbContext<Member>(options), IDataProtectionKeyContext
{
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<SocialValueTag> SocialValueTags => Set<SocialValueTag>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<NoticeTemplate> NoticeTemplates => Set<NoticeTemplate>();
    public DbSet<ProductOption> ProductOptions => Set<ProductOption>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ReviewReport> ReviewReports => Set<ReviewReport>();
    public DbSet<CatalogChange> CatalogChanges => Set<CatalogChange>();
    public DbSet<SearchSynonym> SearchSynonyms => Set<SearchSynonym>();
    public DbSet<ZeroResultSearch> ZeroResultSearches => Set<ZeroResultSearch>();
    public DbSet<Cart> Carts => Set<Cart>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<ReturnRequest> ReturnRequests => Set<ReturnRequest>();
    public DbSet<RemoteArea> RemoteAreas => Set<RemoteArea>();
    public DbSet<WishlistItem> WishlistItems => Set<WishlistItem>();
    public DbSet<RecentlyViewed> RecentlyViewed => Set<RecentlyViewed>();
    public DbSet<ProcessedPaymentEvent> ProcessedPaymentEvents => Set<ProcessedPaymentEvent>();
    public DbSet<EnterpriseInvitation> EnterpriseInvitations => Set<EnterpriseInvitation>();
    public DbSet<InstitutionInvitation> InstitutionInvitations => Set<InstitutionInvitation>();
    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();
    public DbSet<MemberSession> MemberSessions => Set<MemberSession>();
    public DbSet<SavedAddress> SavedAddresses => Set<SavedAddress>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<Legal.PolicyDocument> PolicyDocuments => Set<Legal.PolicyDocument>();
    public DbSet<Legal.RetainedRecord> RetainedRecords => Set<Legal.RetainedRecord>();
    public DbSet<Messaging.OutgoingMail> OutgoingMails => Set<Messaging.OutgoingMail>();
    public DbSet<Settlement.SettlementStatement> SettlementStatements => Set<Settlement.SettlementStatement>();
    public DbSet<Reporting.SalesRollup> SalesRollups => Set<Reporting.SalesRollup>();
    public DbSet<Reporting.PlatformSetting> PlatformSettings => Set<Reporting.PlatformSetting>();
    public DbSet<Reporting.SignUpRollup> SignUpRollups => Set<Reporting.SignUpRollup>();
    public DbSet<Procurement.PurchaseOrder> PurchaseOrders => Set<Procurement.PurchaseOrder>();
    public DbSet<Procurement.QuoteRequest> QuoteRequests => Set<Procurement.QuoteRequest>();
    public DbSet<Procurement.Quote> Quotes => Set<Procurement.Quote>();
    public DbSet<Procurement.Invoice> Invoices => Set<Procurement.Invoice>();
    public DbSet<Procurement.ProcurementDocument> ProcurementDocuments => Set<Procurement.ProcurementDocument>();
    public DbSet<Procurement.QuoteAttachment> QuoteAttachments => Set<Procurement.QuoteAttachment>();
    public DbSet<Procurement.InstitutionYearTotal> InstitutionYearTotals => Set<Procurement.InstitutionYearTotal>();
    public DbSet<SocialValueYear> SocialValueYears => Set<SocialValueYear>();
    public DbSet<ImpactStory> ImpactStories => Set<ImpactStory>();
    public DbSet<Collection> Collections => Set<Collection>();
    public DbSet<Operations.JobLease> JobLeases => Set<Operations.JobLease>();
    public DbSet<Operations.StoredFile> StoredFiles => Set<Operations.StoredFile>();
    /// <summary>Data-protection keys (cookies, antiforgery tokens), shared by every server when several run.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Saves, and keeps the sign-up rollup in step with any members added, linked or removed,
    /// in the same transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var changes = Reporting.SignUpRollup.ChangesIn(ChangeTracker);
        if (changes.Count == 0) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);

        var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var dialect = ProviderSql.DialectOf(Database);
            foreach (var (day, kind, channel, delta) in changes)
                await Database.ExecuteSqlInterpolatedAsync(ProviderSql.AddToSignUpRollup(dialect, day, kind, channel, delta), cancellationToken);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (own is not null) await own.CommitAsync(cancellationToken);
            return saved;
        }
        finally
        {
            if (own is not null) await own.DisposeAsync();
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MarketplaceDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // Enums are stored by name: readable in SQL and safe against reordering.
        configuration.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
