namespace ICP.Domain.Cooperation;

/// <summary>
/// Minimum-cost flow by successive shortest paths (Bellman–Ford, so negative edge costs are
/// allowed), stopping as soon as one more unit would not lower the cost. Because the cost of the
/// cheapest k-unit flow is convex in k, that stop gives the cheapest flow of any size. Edges are
/// scanned in the order they were added and a label changes only on a strict improvement, so the
/// same graph always gives the same flow.
/// </summary>
internal sealed class MinCostFlow(int nodes)
{
    private readonly List<Edge> _edges = [];
    private readonly List<int>[] _out = [.. Enumerable.Range(0, nodes).Select(_ => new List<int>())];

    /// <summary>Adds an edge and returns its index, to read its flow afterwards.</summary>
    public int AddEdge(int from, int to, int capacity, long cost)
    {
        var index = _edges.Count;
        _edges.Add(new Edge(from, to, capacity, cost));
        _out[from].Add(index);
        _edges.Add(new Edge(to, from, 0, -cost));
        _out[to].Add(index + 1);
        return index;
    }

    public int FlowOn(int edge) => _edges[edge ^ 1].Capacity;

    public void Run(int source, int sink)
    {
        while (true)
        {
            var distance = new long[nodes];
            var via = new int[nodes];
            Array.Fill(distance, long.MaxValue);
            Array.Fill(via, -1);
            distance[source] = 0;

            // Bellman–Ford: at most nodes−1 rounds; the residual graph has no negative cycle
            // because every augmentation follows a shortest path.
            for (var round = 0; round < nodes - 1; round++)
            {
                var changed = false;
                for (var node = 0; node < nodes; node++)
                {
                    if (distance[node] == long.MaxValue)
                    {
                        continue;
                    }

                    foreach (var index in _out[node])
                    {
                        var edge = _edges[index];
                        if (edge.Capacity > 0 && distance[node] + edge.Cost < distance[edge.To])
                        {
                            distance[edge.To] = distance[node] + edge.Cost;
                            via[edge.To] = index;
                            changed = true;
                        }
                    }
                }

                if (!changed)
                {
                    break;
                }
            }

            if (distance[sink] == long.MaxValue || distance[sink] >= 0)
            {
                return;
            }

            // Every edge here has capacity 1 or more and the cheapest path always crosses a
            // capacity-1 edge (a pair), so one unit at a time is both simple and exact.
            for (var node = sink; node != source; node = _edges[via[node]].From)
            {
                var index = via[node];
                _edges[index] = _edges[index] with { Capacity = _edges[index].Capacity - 1 };
                _edges[index ^ 1] = _edges[index ^ 1] with { Capacity = _edges[index ^ 1].Capacity + 1 };
            }
        }
    }

    private readonly record struct Edge(int From, int To, int Capacity, long Cost);
}
