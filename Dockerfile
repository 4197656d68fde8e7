# One image recipe for the four Quarkus applications: docker build --build-arg MODULE=canvas-service .
FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /build
COPY . .
RUN mvn -B -ntp -pl ${MODULE} -am package -DskipTests

FROM eclipse-temurin:17-jre
ARG MODULE
RUN useradd --system --uid 185 --home /deployments quarkus
WORKDIR /deployments
COPY --from=build --chown=185 /build/${MODULE}/target/quarkus-app/ /deployments/
USER 185
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
EXPOSE 8080 8081 8082 8083
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /deployments/quarkus-run.jar"]
