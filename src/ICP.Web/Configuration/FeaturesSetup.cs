using ICP.Web.Features.Programme;

namespace ICP.Web.Configuration;

/// <summary>The use cases (workflows) and reads (queries) the controllers call.</summary>
public static class FeaturesSetup
{
    public static IServiceCollection AddPortalFeatures(this IServiceCollection services)
    {
        services.AddScoped<ProgrammeQueries>();
        return services;
    }
}
