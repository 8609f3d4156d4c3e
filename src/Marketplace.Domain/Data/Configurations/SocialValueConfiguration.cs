using Marketplace.Domain.Catalog;
using Marketplace.Domain.Enterprises;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Domain.Data.Configurations;

internal sealed class SocialValueConfiguration : IEntityTypeConfiguration<SocialValueYear>
{
    public void Configure(EntityTypeBuilder<SocialValueYear> year)
    {
        year.ToTable("SocialValueYears");
        year.Ignore(y => y.Figures);
        year.Ignore(y => y.IsVerified);
        year.Property(y => y.Source).HasMaxLength(20);
        year.Property(y => y.VerifiedById).HasMaxLength(450);
        year.HasOne<Enterprise>().WithMany(e => e.SocialValueYears).HasForeignKey(y => y.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        year.HasIndex(y => new { y.EnterpriseId, y.Year }).IsUnique();
    }

    /// <summary>A line's share, as columns beside the line; all null until it is fixed.</summary>
    public static void MapShare<T>(ComplexPropertyBuilder<T> share) where T : class
    {
        share.Property("Year").HasColumnName("SocialValueYear");
        share.Property("ProductsWon").HasColumnName("SocialValueProductsWon");
        share.Property("EmploymentWon").HasColumnName("SocialValueEmploymentWon");
        share.Property("FairTradeWon").HasColumnName("SocialValueFairTradeWon");
        share.Property("EnvironmentWon").HasColumnName("SocialValueEnvironmentWon");
        share.Property("VulnerableJobs").HasColumnName("SocialValueVulnerableJobs").HasPrecision(18, 4);
        share.Property("CarbonKg").HasColumnName("SocialValueCarbonKg").HasPrecision(18, 2);
    }
}

internal sealed class ImpactStoryConfiguration : IEntityTypeConfiguration<ImpactStory>
{
    public void Configure(EntityTypeBuilder<ImpactStory> story)
    {
        story.ToTable("ImpactStories");
        story.Property(s => s.Title).HasMaxLength(ImpactStory.TitleMax).IsRequired();
        story.Property(s => s.Body).HasMaxLength(ImpactStory.BodyMax).IsRequired();
        story.Property(s => s.PhotoUrl).HasMaxLength(200);
        story.Property(s => s.Status).HasMaxLength(20);
        story.Property(s => s.RejectionReason).HasMaxLength(500);
        story.HasOne<Enterprise>().WithMany().HasForeignKey(s => s.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        story.HasIndex(s => new { s.Status, s.PublishedAtUtc });
    }
}

internal sealed class CollectionConfiguration : IEntityTypeConfiguration<Collection>
{
    public void Configure(EntityTypeBuilder<Collection> collection)
    {
        collection.ToTable("Collections");
        collection.Property(c => c.Slug).HasMaxLength(60).IsRequired();
        collection.Property(c => c.Title).HasMaxLength(100).IsRequired();
        collection.Property(c => c.TitleEn).HasMaxLength(100).IsRequired();
        collection.Property(c => c.Text).HasMaxLength(1000).IsRequired();
        collection.Property(c => c.TextEn).HasMaxLength(1000).IsRequired();
        collection.Property(c => c.BannerUrl).HasMaxLength(200);
        collection.HasIndex(c => c.Slug).IsUnique();
        collection.OwnsMany(c => c.Items, item =>
        {
            item.ToTable("CollectionItems");
            item.WithOwner().HasForeignKey(i => i.CollectionId);
            item.HasKey(i => new { i.CollectionId, i.ProductId });
            item.HasOne<Product>().WithMany().HasForeignKey(i => i.ProductId).OnDelete(DeleteBehavior.Cascade);
        });
        collection.Navigation(c => c.Items).HasField("_items");
    }
}
