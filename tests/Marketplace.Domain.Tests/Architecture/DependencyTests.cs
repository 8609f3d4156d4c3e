namespace Marketplace.Domain.Tests.Architecture;

public class DependencyTests
{
    [Fact]
    public void The_domain_references_no_mvc_mediator_or_mapper()
    {
        var referenced = typeof(Marketplace.Domain.Data.MarketplaceDbContext).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.DoesNotContain(referenced, n => n.StartsWith("Microsoft.AspNetCore.Mvc") || n == "Microsoft.AspNetCore.Http"
            || n == "Microsoft.AspNetCore.Http.Abstractions" || n == "MediatR" || n == "AutoMapper");
    }
}
