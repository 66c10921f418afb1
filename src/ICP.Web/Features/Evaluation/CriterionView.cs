namespace ICP.Web.Features.Evaluation;

public sealed record CriterionView(int Id, int Order, string Title, string Description, int Weight, int? Threshold);
