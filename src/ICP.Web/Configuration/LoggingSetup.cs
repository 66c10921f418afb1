using Serilog;
using Serilog.Formatting.Compact;

namespace ICP.Web.Configuration;

/// <summary>
/// Serilog from the <c>Serilog</c> section of appsettings (levels, console), plus a rolling JSON
/// file under the content root (<c>Logging:File:Path</c>; empty turns it off).
/// </summary>
public static class LoggingSetup
{
    public static WebApplicationBuilder AddPortalLogging(this WebApplicationBuilder builder)
    {
        var file = OptionsSetup.Read<LogFileOptions>(builder.Configuration, "Logging:File");
        var filePath = file.Path;
        var retained = file.RetainedDays;
        var contentRoot = builder.Environment.ContentRootPath;

        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext();
            if (!string.IsNullOrWhiteSpace(filePath))
            {
                // Written by a background thread from a bounded queue: a request never waits for the
                // disk. The file is flushed every second rather than after each event; what is still in
                // the queue is written when the portal stops.
                logger.WriteTo.Async(sink => sink.File(
                    new CompactJsonFormatter(),
                    Path.IsPathRooted(filePath) ? filePath : Path.Combine(contentRoot, filePath),
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: retained,
                    buffered: true,
                    flushToDiskInterval: TimeSpan.FromSeconds(1)));
            }
        },
        // The host's own logger, not the process-wide Log.Logger: each host would otherwise replace
        // it on start and close it on stop, so with several hosts in one process (the integration
        // tests) one portal's events reached another portal's sinks, or none at all.
        preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One line per request; the path is logged without its query string.</summary>
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // This host's logger (the static one is not used: see AddPortalLogging).
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            // 503 is the portal's own "busy, try again" answer (a write the database did not take in
            // time): worth a warning, not an error; any other 5xx, or an exception, is an error.
            // A visitor who left mid-request (a page navigated away while its logo was loading) is
            // not a fault of the portal: the exception handler answers such a request 499 quietly.
            options.GetLevel = (context, _, exception) =>
                exception is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested ? Serilog.Events.LogEventLevel.Information
                : exception is null && context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable ? Serilog.Events.LogEventLevel.Warning
                : exception is not null || context.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/health") ? Serilog.Events.LogEventLevel.Verbose
                : Serilog.Events.LogEventLevel.Information;
        });
}
