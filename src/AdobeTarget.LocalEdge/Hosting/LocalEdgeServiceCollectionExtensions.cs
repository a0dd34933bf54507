using AdobeTarget.LocalEdge;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers a <see cref="LocalTargetEdge"/>.</summary>
public static class LocalEdgeServiceCollectionExtensions
{
    /// <summary>Registers a local edge that serves <see cref="LocalEdgeOptions.Activities"/>, or the file at <see cref="LocalEdgeOptions.ActivitiesPath"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>The activities are read when the edge is first resolved; a file that cannot be served throws <see cref="InvalidDataException"/> naming the problem.</remarks>
    public static IServiceCollection AddTargetLocalEdge(this IServiceCollection services, Action<LocalEdgeOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.TryAddSingleton(_ =>
        {
            var options = new LocalEdgeOptions();
            configure(options);
            var activities = options.Activities
                ?? (options.ActivitiesPath is { } path
                    ? LocalActivitiesLoader.Load(path)
                    : throw new InvalidOperationException("AddTargetLocalEdge needs LocalEdgeOptions.Activities or LocalEdgeOptions.ActivitiesPath."));
            return new LocalTargetEdge(activities, options);
        });
        return services;
    }
}
