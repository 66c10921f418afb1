using ICP.Web.Mvc;
using Microsoft.Extensions.Options;

namespace ICP.Web.Configuration;

public static class PipelineSetup
{
    public static WebApplication UsePortalPipeline(this WebApplication app)
    {
        var requireHttps = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.RequireHttps;

        // First of all: the instant the request's headers arrived, by the portal's clock (a request
        // with a body is stamped again once the body is complete, below).
        app.UseRequestArrivalTime();
        app.UseForwardedHeaders();
        app.UseCookiePolicy();

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
        app.UsePortalOutputCache();
        app.UseRateLimiter();

        // A request with a body has arrived only when its last byte has: read it now, then stamp it again.
        app.UseRequestBodyCompletion();

        app.MapStaticAssets();
        app.MapPortalHealthChecks();
        app.MapControllers();
        return app;
    }
}
