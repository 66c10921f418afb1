using ICP.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace ICP.Web.Configuration;

public static class PipelineSetup
{
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        var requireHttps = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.RequireHttps;

        // First of all: the instant the request arrived, by the portal's clock (deadlines are judged by it).
        app.UseRequestArrivalTime();
        app.UseForwardedHeaders();

        // Early, so that error pages (re-executed further in) speak the visitor's language too.
        app.UseRequestLocalization();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            // No stack trace leaves the server: a friendly page, the details in the log.
            app.UseExceptionHandler("/error/500");
        }

        if (requireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UsePortalSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UsePortalRequestLogging();
        app.UseRouting();
        app.UseAuthentication();
        app.UsePortalCachePolicy();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapStaticAssets();
        app.MapPortalHealthChecks();
        app.MapControllers();
        return app;
    }
}
