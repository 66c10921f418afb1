using ICP.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ICP.IntegrationTests.Public;

/// <summary>The portal with one extra, test-only controller that fails on purpose.</summary>
public sealed class FailingPortalFactory : PortalFactory
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddControllersWithViews().AddApplicationPart(typeof(FailingController).Assembly);
}
