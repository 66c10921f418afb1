namespace ICP.Web.Features.Applications;

/// <summary>No application with that id belongs to the person's local authority (answered 404).</summary>
public sealed class ApplicationNotFoundException() : Exception("Application not found.");
