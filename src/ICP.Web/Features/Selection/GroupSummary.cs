namespace ICP.Web.Features.Selection;

public sealed record GroupSummary(string Code, string Name, int Seats, int Applications, int Evaluated, int Selected, int Pending, int Released);
