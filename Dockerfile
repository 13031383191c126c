# syntax=docker/dockerfile:1
# Build with the Maven wrapper, then run the layered jar on a JRE 17 as a non-root user.
FROM eclipse-temurin:17.0.15_6-jdk AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package \
    && java -Djarmode=tools -jar target/provisioning-portal-*.jar extract --layers --launcher --destination target/extracted

FROM eclipse-temurin:17.0.15_6-jre
# The audit digest directory exists, owned by the portal, so a new volume mounted there is writable by it.
RUN groupadd --system --gid 10001 portal && useradd --system --uid 10001 --gid portal --home-dir /app portal \
    && mkdir -p /var/lib/portal/audit-digests && chown portal:portal /var/lib/portal/audit-digests \
    && apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /workspace/target/extracted/dependencies/ ./
COPY --from=build /workspace/target/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/target/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/target/extracted/application/ ./
USER portal
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
HEALTHCHECK --interval=30s --timeout=5s --retries=5 \
  CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
