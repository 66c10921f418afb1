using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.WebUtilities;

namespace ICP.Web.Mvc;

public static class RequestArrival
{
    /// <summary>Stamps every request when its headers are in (what a request without a body is judged by).</summary>
    public static IApplicationBuilder UseRequestArrivalTime(this IApplicationBuilder app)
    {
        var clock = app.ApplicationServices.GetRequiredService<TimeProvider>();
        return app.Use((context, next) =>
        {
            context.Features.Set(new RequestArrivalFeature(clock.GetUtcNow()));
            return next(context);
        });
    }

    /// <summary>
    /// Reads a request's whole body before the endpoint sees it, within <see cref="RequestOptions.BodyTimeout"/>
    /// and the endpoint's size limit, then stamps the request again: it has arrived only now. The body
    /// is kept (in memory, or in a temporary file beyond 64 KB) for the endpoint to read as usual.
    /// Runs after routing, so that the endpoint's own size limit applies.
    /// </summary>
    public static IApplicationBuilder UseRequestBodyCompletion(this IApplicationBuilder app)
    {
        var clock = app.ApplicationServices.GetRequiredService<TimeProvider>();
        var options = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RequestOptions>>().Value;
        return app.Use(async (context, next) =>
        {
            // An error page re-executed for this request does not read its body again.
            if (!HasBody(context.Request) || context.GetEndpoint() is not { } endpoint || !context.Items.TryAdd(BodyRead, true))
            {
                await next(context);
                return;
            }

            var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
            if (endpoint.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } limit && sizeFeature is { IsReadOnly: false })
            {
                sizeFeature.MaxRequestBodySize = limit.MaxRequestBodySize;
            }

            context.Request.EnableBuffering(bufferThreshold: 64 * 1024);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            timeout.CancelAfter(options.BodyTimeout);
            try
            {
                await context.Request.Body.DrainAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
            {
                await RefuseAsync(context, StatusCodes.Status408RequestTimeout);
                return;
            }
            catch (BadHttpRequestException refused)
            {
                // Too large, too slow for Kestrel's minimum data rate, or malformed framing.
                await RefuseAsync(context, refused.StatusCode);
                return;
            }
            catch (IOException) when (context.RequestAborted.IsCancellationRequested)
            {
                return; // the client went away: nobody to answer
            }

            context.Request.Body.Position = 0;
            context.Features.Set(new RequestArrivalFeature(clock.GetUtcNow()));

            // A form that cannot be read (more fields than the limit, a value too long, broken
            // multipart) would reach MVC as missing values: refuse it here, once, with 400, so that no
            // action runs on half a form and the error page is not asked to read it again.
            if (context.Request.HasFormContentType)
            {
                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    await RefuseAsync(context, StatusCodes.Status400BadRequest);
                    return;
                }
                catch (IOException) when (!context.RequestAborted.IsCancellationRequested)
                {
                    await RefuseAsync(context, StatusCodes.Status400BadRequest);
                    return;
                }
            }

            await next(context);
        });
    }

    private static readonly object BodyRead = new();

    public static DateTimeOffset ArrivedAt(this HttpContext context) =>
        context.Features.Get<RequestArrivalFeature>()?.ArrivedAt
        ?? throw new InvalidOperationException("UseRequestArrivalTime must run first in the pipeline.");

    private static bool HasBody(HttpRequest request) =>
        request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody
        ?? (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0);

    private static Task RefuseAsync(HttpContext context, int status)
    {
        // The rest of the body is not worth reading: answer and close the connection.
        context.Response.StatusCode = status;
        context.Response.Headers.Connection = "close";
        return Task.CompletedTask;
    }
}
