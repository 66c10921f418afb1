namespace ICP.Web.Features.Applications;

public sealed record FacetCount(string Value, int Count);
