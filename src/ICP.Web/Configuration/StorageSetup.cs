using ICP.Infrastructure.Files;
using ICP.Web.Features.Applications;

namespace ICP.Web.Configuration;

/// <summary>Uploaded documents live in <c>Storage:Root</c> (default App_Data/files), outside wwwroot.</summary>
public static class StorageSetup
{
    public static IServiceCollection AddPortalStorage(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var root = configuration["Storage:Root"];
        if (string.IsNullOrWhiteSpace(root))
        {
            root = "App_Data/files";
        }

        var path = Path.IsPathRooted(root) ? root : Path.Combine(environment.ContentRootPath, root);
        var webRoot = environment.WebRootPath is { Length: > 0 } w ? Path.GetFullPath(w) : null;
        if (webRoot is not null && Path.GetFullPath(path).StartsWith(webRoot, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Storage:Root must not be inside the web root: uploaded files would be served as they are.");
        }

        // File ages are judged on the file system's clock, whatever the portal's (possibly simulated) clock says.
        var store = new LocalFileStore(path, TimeProvider.System);
        services.AddSingleton(store);
        services.AddSingleton<IFileStore>(store);
        // The Uploads section is bound and validated with the other settings (OptionsSetup).
        if (OptionsSetup.Read<UploadOptions>(configuration, "Uploads").RunSweeper)
        {
            services.AddHostedService<DocumentFileSweeper>();
        }

        return services;
    }
}
