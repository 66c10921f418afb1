namespace ICP.Web.Features.Evaluation;

public sealed record EvaluatorLoad(string Id, string Name, bool Declared, int Conflicts, int Assigned, int Submitted);
