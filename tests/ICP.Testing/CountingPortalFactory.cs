using ICP.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace ICP.Testing;

/// <summary>The portal with a <see cref="QueryCounter"/> on its database context.</summary>
public sealed class CountingPortalFactory : PortalFactory
{
    public QueryCounter Queries => Services.GetRequiredService<QueryCounter>();

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<QueryCounter>();
        services.ConfigureDbContext<SqliteIcpDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<QueryCounter>()));
    }
}
