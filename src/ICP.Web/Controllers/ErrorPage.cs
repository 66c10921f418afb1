namespace ICP.Web.Controllers;

/// <summary>An error page; <see cref="Message"/> says which rule refused the request, when one did.</summary>
public sealed record ErrorPage(int StatusCode, string TraceId, string? Message = null);
