using Marketplace.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Marketplace.Domain.Data.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> product)
    {
        product.ToTable("Products");
        product.Property(p => p.Name).HasMaxLength(200).IsRequired();
        product.Property(p => p.NameEn).HasMaxLength(200).IsRequired();
        product.Property(p => p.Description).HasMaxLength(4000).IsRequired();
        product.Property(p => p.DescriptionEn).HasMaxLength(4000).IsRequired();
        product.Property(p => p.SearchText).HasMaxLength(500).IsRequired();
        product.Ignore(p => p.Price);
        product.Property(p => p.PriceWon).HasColumnName("Price");
        product.HasOne(p => p.Enterprise).WithMany().HasForeignKey(p => p.EnterpriseId).OnDelete(DeleteBehavior.Restrict);
        product.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);

        product.OwnsMany(p => p.Images, image =>
        {
            image.ToTable("ProductImages");
            image.WithOwner().HasForeignKey("ProductId");
            image.HasKey(i => i.Id);
            image.Property(i => i.Url).HasMaxLength(500).IsRequired();
        });
        product.Navigation(p => p.Images).UsePropertyAccessMode(PropertyAccessMode.Field);

        product.OwnsMany(p => p.Notice, entry =>
        {
            entry.ToTable("ProductNoticeEntries");
            entry.WithOwner().HasForeignKey("ProductId");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Label).HasMaxLength(NoticeTemplate.MaxFieldLength).IsRequired();
            entry.Property(e => e.Value).HasMaxLength(NoticeEntry.MaxValueLength).IsRequired();
        });
        product.Navigation(p => p.Notice).UsePropertyAccessMode(PropertyAccessMode.Field);
        product.HasOne<NoticeTemplate>().WithMany().HasForeignKey(p => p.NoticeTemplateId).OnDelete(DeleteBehavior.Restrict);
        product.Property(p => p.Origin).HasMaxLength(200);
        product.Property(p => p.OptionLabel).HasMaxLength(40);
        // An entity of its own (not owned): the stock ledger updates an option's stock with one conditional statement.
        product.HasMany(p => p.Options).WithOne().HasForeignKey(o => o.ProductId).OnDelete(DeleteBehavior.Cascade);
        product.Navigation(p => p.Options).UsePropertyAccessMode(PropertyAccessMode.Field);

        product.Property(p => p.Sku).HasMaxLength(60);
        // Rows from before shipping fees ship with the enterprise's other items.
        product.Property(p => p.ShippingMode).HasDefaultValue(Ordering.ShippingMode.Bundled).HasSentinel((Ordering.ShippingMode)(-1));
        product.Property(p => p.RejectionReason).HasMaxLength(500);
        // An approval and an edit at the same moment: the one that saves second fails instead of mixing them.
        product.Property(p => p.Revision).IsConcurrencyToken();
        product.HasIndex(p => new { p.EnterpriseId, p.Sku }).IsUnique();
        product.OwnsMany(p => p.PriceTiers, tier =>
        {
            tier.ToTable("ProductPriceTiers");
            tier.WithOwner().HasForeignKey("ProductId");
            tier.HasKey(t => t.Id);
        });
        product.Navigation(p => p.PriceTiers).UsePropertyAccessMode(PropertyAccessMode.Field);
        // Kept in the product's row: a change waiting for review is at most one per listing.
        product.OwnsOne(p => p.PendingChange, change =>
        {
            change.Property(c => c.Name).HasColumnName("PendingName").HasMaxLength(200);
            change.Property(c => c.NameEn).HasColumnName("PendingNameEn").HasMaxLength(200);
            change.Property(c => c.Description).HasColumnName("PendingDescription").HasMaxLength(4000);
            change.Property(c => c.DescriptionEn).HasColumnName("PendingDescriptionEn").HasMaxLength(4000);
            change.Property(c => c.PriceWon).HasColumnName("PendingPrice");
            change.Property(c => c.PriceTiers).HasColumnName("PendingPriceTiers").HasMaxLength(400);
        });

        product.HasMany(p => p.Tags).WithMany(t => t.Products).UsingEntity(
            "ProductTags",
            r => r.HasOne(typeof(SocialValueTag)).WithMany().HasForeignKey("TagId").OnDelete(DeleteBehavior.Cascade),
            l => l.HasOne(typeof(Product)).WithMany().HasForeignKey("ProductId").OnDelete(DeleteBehavior.Cascade),
            j => j.HasKey("ProductId", "TagId"));
        product.Navigation(p => p.Tags).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The catalog lists published products by newest, price or popularity.
        product.HasIndex(p => new { p.Status, p.CreatedAtUtc });
        product.HasIndex(p => new { p.Status, p.PriceWon });
        product.HasIndex(p => new { p.Status, p.SalesCount });
        product.HasIndex(p => new { p.Status, p.RatingAverage });
        product.HasIndex(p => new { p.CategoryId, p.Status });
    }
}

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> category)
    {
        category.ToTable("Categories");
        category.Property(c => c.Slug).HasMaxLength(60).IsRequired();
        category.Property(c => c.Name).HasMaxLength(100).IsRequired();
        category.Property(c => c.NameEn).HasMaxLength(100).IsRequired();
        category.HasIndex(c => c.Slug).IsUnique();
        category.HasOne<NoticeTemplate>().WithMany().HasForeignKey(c => c.NoticeTemplateId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ProductOptionConfiguration : IEntityTypeConfiguration<ProductOption>
{
    public void Configure(EntityTypeBuilder<ProductOption> option)
    {
        option.ToTable("ProductOptions");
        option.Property(o => o.Name).HasMaxLength(ProductOption.MaxNameLength).IsRequired();
        option.Property(o => o.Sku).HasMaxLength(60);
        option.HasIndex(o => new { o.ProductId, o.Name }).IsUnique();
    }
}

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> review)
    {
        review.ToTable("Reviews");
        review.Property(r => r.MemberId).HasMaxLength(450).IsRequired();
        review.Property(r => r.AuthorName).HasMaxLength(40).IsRequired();
        review.Property(r => r.Text).HasMaxLength(Review.MaxTextLength).IsRequired();
        review.Property(r => r.Reply).HasMaxLength(Review.MaxReplyLength);
        review.Property(r => r.HiddenReason).HasMaxLength(500);
        review.Ignore(r => r.IsHidden);
        // One review per line bought: a second one, even sent twice at once, fails here.
        review.HasIndex(r => r.OrderLineId).IsUnique();
        review.HasOne<Ordering.OrderLine>().WithMany().HasForeignKey(r => r.OrderLineId).OnDelete(DeleteBehavior.Restrict);
        review.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Restrict);
        review.HasIndex(r => new { r.ProductId, r.CreatedAtUtc });
        review.OwnsMany(r => r.Photos, photo =>
        {
            photo.ToTable("ReviewPhotos");
            photo.WithOwner().HasForeignKey("ReviewId");
            photo.HasKey(p => p.Id);
            photo.Property(p => p.Url).HasMaxLength(500).IsRequired();
        });
        review.Navigation(r => r.Photos).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReviewReportConfiguration : IEntityTypeConfiguration<ReviewReport>
{
    public void Configure(EntityTypeBuilder<ReviewReport> report)
    {
        report.ToTable("ReviewReports");
        report.Property(r => r.MemberId).HasMaxLength(450).IsRequired();
        report.Property(r => r.Reason).HasMaxLength(ReviewReport.MaxReasonLength).IsRequired();
        report.HasIndex(r => new { r.ReviewId, r.MemberId }).IsUnique();
        report.HasOne<Review>().WithMany().HasForeignKey(r => r.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NoticeTemplateConfiguration : IEntityTypeConfiguration<NoticeTemplate>
{
    public void Configure(EntityTypeBuilder<NoticeTemplate> template)
    {
        template.ToTable("NoticeTemplates");
        template.Property(t => t.Code).HasMaxLength(60).IsRequired();
        template.Property(t => t.Name).HasMaxLength(100).IsRequired();
        template.Property(t => t.NameEn).HasMaxLength(100).IsRequired();
        template.Property(t => t.FieldsText).HasMaxLength(NoticeTemplate.MaxFields * (NoticeTemplate.MaxFieldLength + 1)).IsRequired();
        template.Ignore(t => t.Fields);
        template.HasIndex(t => t.Code).IsUnique();
        // The notice's kinds as the Fair Trade Commission's 고시 lists them (the ones this market sells); the operator edits them.
        template.HasData(NoticeKinds.Seed.Select((k, i) => new { Id = i + 1, k.Code, k.Name, k.NameEn, FieldsText = string.Join('\n', k.Fields) }));
    }
}

internal sealed class SocialValueTagConfiguration : IEntityTypeConfiguration<SocialValueTag>
{
    public void Configure(EntityTypeBuilder<SocialValueTag> tag)
    {
        tag.ToTable("SocialValueTags");
        tag.Property(t => t.Slug).HasMaxLength(60).IsRequired();
        tag.Property(t => t.Name).HasMaxLength(100).IsRequired();
        tag.Property(t => t.NameEn).HasMaxLength(100).IsRequired();
        tag.HasIndex(t => t.Slug).IsUnique();
    }
}

internal sealed class CatalogChangeConfiguration : IEntityTypeConfiguration<CatalogChange>
{
    public void Configure(EntityTypeBuilder<CatalogChange> change)
    {
        change.ToTable("CatalogChanges");
        change.HasIndex(c => c.AtUtc);
    }
}

internal sealed class SearchSynonymConfiguration : IEntityTypeConfiguration<SearchSynonym>
{
    public void Configure(EntityTypeBuilder<SearchSynonym> synonym)
    {
        synonym.ToTable("SearchSynonyms");
        synonym.Property(s => s.Terms).HasMaxLength(500).IsRequired();
        synonym.Ignore(s => s.Members);
    }
}

internal sealed class ZeroResultSearchConfiguration : IEntityTypeConfiguration<ZeroResultSearch>
{
    public void Configure(EntityTypeBuilder<ZeroResultSearch> search)
    {
        search.ToTable("ZeroResultSearches");
        search.Property(s => s.Query).HasMaxLength(100).IsRequired();
        search.HasIndex(s => s.AtUtc);
    }
}
