# syntax=docker/dockerfile:1
# The API and the CLI in one image. `docker compose up` runs it against Neo4j: on start it imports graph-seeds/ into
# an empty Neo4j (ApecGraph.Cli import --if-empty), then serves the API on port 8080.

# --- build: the .NET SDK plus Node/npm, which the API build uses to install the GraphiQL IDE's and the explorer's
# assets (npm ci from their lock files)
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# restore first, from the project files alone, so that the package layer is cached across code changes
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/ApecGraph.Core/ApecGraph.Core.csproj src/ApecGraph.Core/
COPY src/ApecGraph.Neo4j/ApecGraph.Neo4j.csproj src/ApecGraph.Neo4j/
COPY src/ApecGraph.Api/ApecGraph.Api.csproj src/ApecGraph.Api/
COPY src/ApecGraph.Cli/ApecGraph.Cli.csproj src/ApecGraph.Cli/
RUN dotnet restore src/ApecGraph.Api/ApecGraph.Api.csproj \
 && dotnet restore src/ApecGraph.Cli/ApecGraph.Cli.csproj

COPY src/ src/
RUN dotnet publish src/ApecGraph.Api/ApecGraph.Api.csproj -c Release --no-restore -o /out/api \
 && dotnet publish src/ApecGraph.Cli/ApecGraph.Cli.csproj -c Release --no-restore -o /out/cli \
 && { test -f /out/api/graphiql/graphiql.min.js || echo "warning: GraphiQL assets missing; /graphiql will show install instructions"; } \
 && { test -f /out/api/explorer/cytoscape.min.js || echo "warning: explorer assets missing; /explore will show install instructions"; }

# --- runtime: ASP.NET Core (which includes the .NET runtime the CLI needs), as the image's non-root user
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /out/api ./api
COPY --from=build /out/cli ./cli
# the graph and its source texts: imported into Neo4j, or served in memory when GraphStore__Kind is Embedded
COPY graph-seeds ./graph-seeds
COPY seeds ./seeds
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080 \
    GraphStore__GraphSeedsPath=/app/graph-seeds \
    GraphStore__SourcesPath=/app/seeds
EXPOSE 8080
# With the Neo4j store, fill an empty database first (the CLI reads Neo4j__Uri etc. like the API does); the API then
# refuses to start only if Neo4j is unreachable or still empty.
ENTRYPOINT ["/bin/sh", "-c", "if [ \"$GraphStore__Kind\" = \"Neo4j\" ]; then dotnet /app/cli/ApecGraph.Cli.dll import --if-empty --graph /app/graph-seeds --sources /app/seeds || exit 1; fi; exec dotnet /app/api/ApecGraph.Api.dll"]
